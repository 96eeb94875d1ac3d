package dev.tessera.demo;

import dev.tessera.article.ArticleQueries;
import dev.tessera.article.ArticleViews.SegmentTranslation;
import dev.tessera.article.ArticleViews.SegmentView;
import dev.tessera.status.Status;
import dev.tessera.translation.Actor;
import dev.tessera.translation.Origin;
import dev.tessera.translation.TranslationViews.SaveRequest;
import dev.tessera.translation.TranslationViews.SavedView;
import dev.tessera.translation.TranslationWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sample work in a demo article, done through the workflow in the demo accounts' names,
 * as if they had worked in the pages: saved or submitted by the translator, approved by the
 * reviewer (four eyes). Progress, history (origin {@code demo}), memory and events follow as
 * for any work. A segment already past {@code NEW} is left alone, so loading twice changes nothing.
 */
@ApplicationScoped
public class DemoWork {

    /** One line of a work file: the segment, what it ends as, and its target. */
    record Step(String lang, Status status, int position, String sourceStart, String target) {

        static Step parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException("a demo work line needs 5 tab-separated fields: " + line);
            }
            return new Step(f[0], Status.valueOf(f[1]), Integer.parseInt(f[2]), f[3], f[4]);
        }
    }

    private final ArticleQueries queries;
    private final TranslationWorkflow workflow;

    public DemoWork(ArticleQueries queries, TranslationWorkflow workflow) {
        this.queries = queries;
        this.workflow = workflow;
    }

    /** Applies the work file {@code demo/<resource>} to the article; returns how many segments changed. */
    int apply(long articleId, String resource, Actor translator, Actor reviewer) {
        int changed = 0;
        for (Step step : steps(resource)) {
            if (!translator.worksIn(step.lang())) {
                continue; // a language this installation does not offer
            }
            SegmentView segment = queries.segmentRange(articleId, step.position(), 1).get(0);
            if (!segment.plainText().startsWith(step.sourceStart())) {
                throw new IllegalStateException("demo/" + resource + ": segment " + step.position() + " reads '"
                        + segment.plainText() + "', not '" + step.sourceStart() + "…'");
            }
            SegmentTranslation now = segment.translations().get(step.lang());
            if (now == null || !Status.NEW.name().equals(now.status())) {
                continue;
            }
            Status saveAs = step.status() == Status.DRAFT ? Status.DRAFT : Status.TRANSLATED;
            SavedView saved = workflow.trySave(segment.id(), step.lang(),
                    new SaveRequest(step.target(), saveAs, now.version()), translator, Origin.DEMO).orThrow();
            if (step.status() == Status.APPROVED) {
                workflow.tryApprove(segment.id(), step.lang(), saved.translation().version(), reviewer, Origin.DEMO)
                        .orThrow();
            }
            changed++;
        }
        return changed;
    }

    private static List<Step> steps(String resource) {
        try (InputStream in = Demo.open(resource)) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(Step::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
