package dev.tessera.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /api/articles/{id}}, merge-patch style: a member left out keeps its
 * value; {@code "dueDate": null} removes the due date. {@code targetLangs} is the whole new list.
 */
@Schema(name = "ArticlePatch", description = "Members left out stay as they are; \"dueDate\": null removes the due date."
        + " targetLangs is the complete new list: a language left out is removed (needs ?confirm=true), a new one is added.")
public class ArticlePatch {

    @Schema(description = "New title (1-500 characters)", maxLength = 500)
    public String title;

    @Schema(description = "Queue priority, higher first", minimum = "-1000", maximum = "1000")
    public Integer priority;

    private LocalDate dueDate;

    @JsonIgnore
    private boolean dueDateGiven;

    @Schema(description = "The complete list of target languages")
    public List<String> targetLangs;

    @Schema(description = "Due date; null removes it", nullable = true)
    @JsonProperty("dueDate")
    public LocalDate getDueDate() {
        return dueDate;
    }

    @JsonProperty("dueDate")
    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
        this.dueDateGiven = true;
    }

    /** Whether the body named {@code dueDate} at all (null included). */
    @JsonIgnore
    public boolean dueDateGiven() {
        return dueDateGiven;
    }
}
