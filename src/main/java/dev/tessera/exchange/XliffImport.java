package dev.tessera.exchange;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import dev.tessera.article.Article;
import dev.tessera.document.InlineCodeProblem;
import dev.tessera.document.InlineNotation;
import dev.tessera.document.XliffContent;
import dev.tessera.document.XliffUnit;
import dev.tessera.document.XliffXml;
import dev.tessera.exchange.ArticleSegments.Row;
import dev.tessera.exchange.ImportReport.UnitOutcome;
import dev.tessera.exchange.UnitPlan.Plan;
import dev.tessera.translation.Action;
import dev.tessera.translation.Actor;
import dev.tessera.translation.Origin;
import dev.tessera.status.Status;
import dev.tessera.translation.TranslationViews.SaveRequest;
import dev.tessera.translation.TranslationWorkflow;
import dev.tessera.translation.TranslationWorkflow.Attempt;
import dev.tessera.translation.check.CheckResult;
import dev.tessera.auth.Role;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Takes a translator's or reviewer's XLIFF file back. The file as a whole must be safe,
 * readable and belong to the article and a target language the user works in, else it is
 * refused with nothing applied. Then every unit is checked against Tessera's row (id, source
 * hash, version, inline codes, state; {@link UnitPlan}) and applied through the same
 * {@link TranslationWorkflow} rules the API uses, as the uploading user, with history origin
 * {@code xliff}; a unit that fails is listed with its reason and the rest still apply, all in
 * one transaction. The units to apply go through one {@link TranslationWorkflow.Batch}: their
 * rows are locked in one statement and written together at the end of the file, so a unit
 * costs no round trip of its own.
 */
@ApplicationScoped
@Transactional
public class XliffImport {

    /** A file read and checked as a whole, ready to apply. */
    record CheckedFile(String name, Article article, String lang, XliffContent content) {
    }

    private final ArticleSegments segments;
    private final TranslationWorkflow workflow;
    private final ExchangeConfig config;

    public XliffImport(ArticleSegments segments, TranslationWorkflow workflow, ExchangeConfig config) {
        this.segments = segments;
        this.workflow = workflow;
        this.config = config;
    }

    /** Imports one file into the article {@code articleId}. */
    @TransactionConfiguration(timeout = 900) // a file of thousands of units on a loaded machine, as a source update
    public ImportReport importFile(long articleId, String name, byte[] bytes, Actor actor) {
        CheckedFile file = check(name, bytes, actor);
        if (file.article().id != articleId) {
            throw Problems.of(ErrorCode.WRONG_ARTICLE, "The file belongs to article " + file.article().id
                    + ", not to article " + articleId);
        }
        return apply(file, actor);
    }

    /** Imports several files (a whole language's ZIP); any file refused as a whole refuses them all. */
    public List<ImportReport> importFiles(Map<String, byte[]> files, Actor actor) {
        List<CheckedFile> checked = new ArrayList<>();
        files.forEach((name, bytes) -> checked.add(check(name, bytes, actor)));
        return checked.stream().map(file -> apply(file, actor)).toList();
    }

    private CheckedFile check(String name, byte[] bytes, Actor actor) {
        XliffContent content = XliffXml.read(bytes, config.maxFileSize().asLongValue());
        if (content.articleId() == null) {
            throw Problems.of(ErrorCode.WRONG_ARTICLE, name + " names no Tessera article; it was not exported by Tessera");
        }
        Article article = segments.article(content.articleId());
        String lang = matching(content.targetLang(), article.targetLangs);
        if (lang == null || !article.sourceLang.equalsIgnoreCase(String.valueOf(content.sourceLang()))) {
            throw Problems.of(ErrorCode.WRONG_LANGUAGE, name + " is from " + content.sourceLang() + " into "
                    + content.targetLang() + "; article " + article.id + " is from " + article.sourceLang + " into "
                    + String.join(", ", article.targetLangs));
        }
        if (!actor.worksIn(lang)) {
            throw Problems.notInLanguage(lang);
        }
        return new CheckedFile(name, article, lang, content);
    }

    /** A unit that passed the import's own checks, for the workflow to apply. */
    private record Planned(String id, Row row, String target, Plan plan) {
    }

    /** What the import's own checks made of a unit: its outcome (null: unchanged), or the steps to apply. */
    private record Decided(UnitOutcome outcome, Planned planned) {
        static Decided outcome(UnitOutcome outcome) {
            return new Decided(outcome, null);
        }
    }

    /**
     * Decides every unit against the rows read in one statement first; then the units to apply
     * go through one {@link TranslationWorkflow.Batch}, in the file's order, and are written
     * together.
     */
    private ImportReport apply(CheckedFile file, Actor actor) {
        Map<String, Row> rows = segments.rows(file.article(), file.lang());
        boolean mayApprove = actor.has(Role.REVIEWER) || actor.has(Role.EDITOR) || actor.has(Role.ADMIN);
        List<Decided> decided = new ArrayList<>();
        List<Long> toApply = new ArrayList<>();
        for (XliffUnit unit : file.content().units()) {
            Decided decision = decide(unit, rows.get(unit.key()), file, mayApprove);
            if (decision.planned() != null) {
                toApply.add(decision.planned().row().segmentId());
            }
            decided.add(decision);
        }
        TranslationWorkflow.Batch batch = toApply.isEmpty() ? null : workflow.batch(toApply, file.lang(), Origin.XLIFF);
        int applied = 0;
        int unchanged = 0;
        int refused = 0;
        List<UnitOutcome> outcomes = new ArrayList<>();
        for (Decided decision : decided) {
            UnitOutcome outcome = decision.planned() != null ? run(decision.planned(), batch, actor) : decision.outcome();
            if (outcome == null) {
                unchanged++;
                continue;
            }
            if (outcome.outcome().equals("APPLIED")) {
                applied++;
            } else {
                refused++;
            }
            outcomes.add(outcome);
        }
        if (batch != null) {
            batch.write();
        }
        return new ImportReport(file.article().id, file.lang(), file.content().version().label(), file.name(),
                applied, unchanged, refused, outcomes);
    }

    /** The import's own checks of one unit, on the rows as read (the workflow checks again on the locked row). */
    private Decided decide(XliffUnit unit, Row row, CheckedFile file, boolean mayApprove) {
        String id = unit.key();
        if (row == null) {
            return Decided.outcome(UnitOutcome.refused(id, null, UnitRefusal.UNKNOWN_UNIT.name(),
                    "no segment " + id + " in the article's current revision"));
        }
        if (unit.sourceHash() == null || unit.version() == null) {
            return Decided.outcome(UnitOutcome.refused(id, row.segmentId(), UnitRefusal.MISSING_METADATA.name(),
                    "the unit lacks the source hash or version Tessera wrote; export again"));
        }
        if (!unit.sourceHash().equals(row.sourceHash())) {
            return Decided.outcome(UnitOutcome.refused(id, row.segmentId(), UnitRefusal.SOURCE_CHANGED.name(),
                    "the source of this segment changed since the export"));
        }
        if (!unit.tagProblems().isEmpty()) {
            return Decided.outcome(UnitOutcome.refused(id, row.segmentId(), UnitRefusal.INLINE_CODES.name(),
                    String.join("; ", unit.tagProblems())));
        }
        boolean hasTarget = unit.target() != null && !unit.target().isBlank();
        Status wanted = StateMapping.wanted(file.content().version(), unit.state(), unit.status(), hasTarget);
        Plan plan = UnitPlan.decide(row.status(), row.target(), row.version(), unit.target(), wanted, unit.version(),
                mayApprove);
        if (plan.kind() == UnitPlan.Kind.UNCHANGED) {
            return Decided.outcome(null);
        }
        if (plan.kind() == UnitPlan.Kind.REFUSED) {
            return Decided.outcome(UnitOutcome.refused(id, row.segmentId(), plan.refusal().name(), plan.message()));
        }
        if (plan.steps().get(0) != Action.APPROVE) {
            List<InlineCodeProblem> problems = InlineNotation.problems(unit.target(), row.source());
            if (!problems.isEmpty()) {
                return Decided.outcome(UnitOutcome.refused(id, row.segmentId(), UnitRefusal.INLINE_CODES.name(),
                        problems.stream().map(InlineCodeProblem::message).collect(Collectors.joining("; "))));
            }
        }
        return new Decided(null, new Planned(id, row, unit.target(), plan));
    }

    private UnitOutcome run(Planned unit, TranslationWorkflow.Batch batch, Actor actor) {
        Row row = unit.row();
        Plan plan = unit.plan();
        int version = row.version();
        String status = null;
        for (int i = 0; i < plan.steps().size(); i++) {
            Action step = plan.steps().get(i);
            Attempt attempt = step == Action.APPROVE
                    ? batch.tryApprove(row.segmentId(), version, actor)
                    : batch.trySave(row.segmentId(), new SaveRequest(unit.target(),
                    step == Action.SUBMIT ? Status.TRANSLATED : Status.DRAFT, version), actor);
            if (attempt.refused()) {
                if (i == 0) {
                    return UnitOutcome.refused(unit.id(), row.segmentId(), code(attempt.refusal()),
                            message(attempt.refusal()));
                }
                return UnitOutcome.applied(unit.id(), row.segmentId(), status, "not approved: " + message(attempt.refusal()));
            }
            version = attempt.saved().translation().version();
            status = attempt.saved().translation().status();
        }
        return UnitOutcome.applied(unit.id(), row.segmentId(), status, plan.note());
    }

    private static String code(HttpProblem problem) {
        Object code = problem.getParameters().get("code");
        return code == null ? ErrorCode.forStatus(problem.getStatusCode()).name() : code.toString();
    }

    private static String message(HttpProblem problem) {
        Object checks = problem.getParameters().get("checks");
        if (checks instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(c -> c instanceof CheckResult r ? r.message() : String.valueOf(c))
                    .collect(Collectors.joining("; "));
        }
        return problem.getDetail();
    }

    private static String matching(String lang, String[] candidates) {
        if (lang == null) {
            return null;
        }
        for (String candidate : candidates) {
            if (candidate.toLowerCase(Locale.ROOT).equals(lang.strip().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return null;
    }
}
