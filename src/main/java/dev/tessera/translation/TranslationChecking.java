package dev.tessera.translation;

import dev.tessera.api.Problems;
import dev.tessera.translation.check.CheckInput;
import dev.tessera.translation.check.CheckResult;
import dev.tessera.translation.check.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Runs the checks on a target without saving anything: what a reviewer sees next to a
 * translation before approving it, and what an editor can ask about any text. The findings are
 * exactly those a submit would meet (errors and warnings), from the same {@link Checks}.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TranslationChecking {

    private final TranslationWorkflow workflow;
    private final Checks checks;

    public TranslationChecking(TranslationWorkflow workflow, Checks checks) {
        this.workflow = workflow;
        this.checks = checks;
    }

    /**
     * The findings for {@code target}, or for the stored target when it is null, checked as a
     * submission ({@code submitting}) or as a draft.
     */
    public List<CheckResult> check(long segmentId, String lang, String target, boolean submitting) {
        Translation translation = Translation.<Translation>find("segmentId = ?1 and lang = ?2", segmentId, lang)
                .firstResultOptional().orElseThrow(() -> Problems.notFound("Translation", segmentId + "/" + lang));
        TranslationWorkflow.Source source = workflow.source(segmentId);
        String checked = target != null ? target : translation.target;
        return checks.run(new CheckInput(source.notation(), source.content(), checked, source.lang(), lang, submitting));
    }
}
