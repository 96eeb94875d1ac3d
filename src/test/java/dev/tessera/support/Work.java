package dev.tessera.support;

import dev.tessera.support.Fixtures.Account;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Articles made to be worked on, and the translator and reviewer calls, for workflow tests. */
public final class Work {

    private Work() {
    }

    /** An English plain-text article of {@code sentences} sentences, one paragraph each five, into the given languages. */
    public static long article(int sentences, String targetLangs, int priority) {
        return article(sentences, "en", targetLangs, priority);
    }

    /** The same, with the (English) text declared to be in {@code sourceLang}. */
    public static long article(int sentences, String sourceLang, String targetLangs, int priority) {
        StringBuilder text = new StringBuilder();
        String unique = Long.toString(System.nanoTime(), 36);
        for (int i = 1; i <= sentences; i++) {
            text.append("Sentence number ").append(i).append(" of article ").append(unique).append(" has 7 words.");
            text.append(i % 5 == 0 ? "\n\n" : " ");
        }
        return Fixtures.asAdmin().multiPart("file", "work.txt", text.toString().getBytes(StandardCharsets.UTF_8))
                .multiPart("sourceLang", sourceLang).multiPart("targetLangs", targetLangs)
                .multiPart("priority", String.valueOf(priority))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static List<Map<String, Object>> segments(long articleId) {
        return Fixtures.asAdmin().get("/api/articles/" + articleId + "/segments?size=500")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    public static JsonPath claim(Account who, String lang, int limit, String extra) {
        return who.request().post("/api/queue/" + lang + "/claim?limit=" + limit + extra)
                .then().statusCode(200).extract().jsonPath();
    }

    public static Response save(Account who, long segmentId, String lang, String target, String status, int version) {
        return who.request().contentType(ContentType.JSON)
                .body(Map.of("target", target, "status", status, "version", version))
                .put("/api/segments/" + segmentId + "/translations/" + lang);
    }

    public static Response approve(Account who, long segmentId, String lang, int version) {
        return who.request().contentType(ContentType.JSON).body(Map.of("version", version))
                .post("/api/segments/" + segmentId + "/translations/" + lang + "/approve");
    }

    public static Response reject(Account who, long segmentId, String lang, int version, String comment) {
        return who.request().contentType(ContentType.JSON).body(Map.of("version", version, "comment", comment))
                .post("/api/segments/" + segmentId + "/translations/" + lang + "/reject");
    }
}
