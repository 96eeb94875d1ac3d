package dev.tessera.demo;

import dev.tessera.article.Article;
import dev.tessera.article.ArticleImporter;
import dev.tessera.article.ArticleManagement;
import dev.tessera.article.ImportCommand;
import dev.tessera.auth.AdminConfig;
import dev.tessera.auth.User;
import dev.tessera.demo.DemoAccounts.Credentials;
import dev.tessera.language.Languages;
import dev.tessera.translation.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A first look at Tessera with something in it: three short think-tank pieces written for it
 * (English HTML, Turkish Markdown, Russian plain text, under {@code demo/}) imported like any
 * document into every other configured language; an account per role ({@link DemoAccounts});
 * and in the English piece some work already done by them ({@link DemoWork}): part of the
 * Turkish translated and approved, part of the Russian waiting for review.
 *
 * <p>Made on request of an admin (the empty dashboard's button) or at start with
 * {@code TESSERA_DEMO=true}; never by default. Loading twice changes nothing: each sample has a
 * fixed external id and the same bytes, which the importer answers with the article it
 * already has, and work is only added to segments still {@code NEW}. {@link #remove} takes it
 * all away again in one step: the articles with every row that belongs to them, the memory
 * entries learnt from them, and the demo accounts.
 */
@ApplicationScoped
public class Demo {

    private static final Logger LOG = Logger.getLogger(Demo.class);

    /** One sample document, how it is imported, and the work done in it (a file under {@code demo/}, or none). */
    record Sample(String resource, String sourceLang, String externalId, String title, int priority, int dueInDays,
                  String work) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("middle-corridor.en.html", "en", "demo-middle-corridor", "The Middle Corridor after 2022", 10, 7,
                    "middle-corridor.work.tsv"),
            new Sample("black-sea-grain.tr.md", "tr", "demo-black-sea-grain", "Karadeniz'de tahıl taşımacılığı", 0, 14, null),
            new Sample("arctic-shipping.ru.txt", "ru", "demo-arctic-shipping", "Северный морской путь и его пределы", 0, 21,
                    null));

    /** What loading made: the sample articles, and the accounts created now with their passwords (shown once). */
    public record Loaded(List<Long> articleIds, List<Credentials> accounts, int segmentsWorked) {
    }

    /** What removing took away. */
    public record Removed(int articles, long memoryEntries, int accountsDeleted) {
    }

    private final ArticleImporter importer;
    private final ArticleManagement management;
    private final DemoAccounts accounts;
    private final DemoWork work;
    private final Languages languages;
    private final AdminConfig admin;
    private final EntityManager em;
    private final boolean atStart;

    public Demo(ArticleImporter importer, ArticleManagement management, DemoAccounts accounts, DemoWork work,
                Languages languages, AdminConfig admin, EntityManager em,
                @ConfigProperty(name = "tessera.demo", defaultValue = "false") boolean atStart) {
        this.importer = importer;
        this.management = management;
        this.accounts = accounts;
        this.work = work;
        this.languages = languages;
        this.admin = admin;
        this.em = em;
        this.atStart = atStart;
    }

    /**
     * After the first admin is created (observers default to APPLICATION + 500), so the samples
     * are theirs. Passwords never go to the log: the admin gives the demo accounts theirs under
     * Administration → Users (the dashboard's button shows new ones once instead).
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (atStart) {
            Long adminId = User.findByUsername(admin.username()).map(u -> u.id).orElse(null);
            Loaded loaded = load(adminId);
            LOG.infof("TESSERA_DEMO: %d demo articles in place%s", loaded.articleIds().size(),
                    loaded.accounts().isEmpty() ? "" : "; demo accounts created: " + loaded.accounts().stream()
                            .map(Credentials::username).collect(Collectors.joining(", "))
                            + " (an admin sets their passwords under /admin/users)");
        }
    }

    /** Imports the samples whose source language is configured, creates the accounts and does their work. */
    public Loaded load(Long userId) {
        List<Long> ids = new ArrayList<>();
        List<Credentials> created = accounts.create();
        Optional<Actor> translator = accounts.actor(DemoAccounts.TRANSLATOR);
        Optional<Actor> reviewer = accounts.actor(DemoAccounts.REVIEWER);
        int worked = 0;
        for (Sample sample : SAMPLES) {
            if (!languages.isKnown(sample.sourceLang()) || languages.codes().size() < 2) {
                continue;
            }
            ImportCommand command = new ImportCommand(bytes(sample.resource()), sample.resource(), null, null,
                    sample.sourceLang(), null, sample.externalId(), sample.title(), sample.priority(),
                    LocalDate.now().plusDays(sample.dueInDays()));
            long id = importer.importArticle(command, userId).articleId();
            ids.add(id);
            if (sample.work() != null && translator.isPresent() && reviewer.isPresent()) {
                worked += work.apply(id, sample.work(), translator.get(), reviewer.get());
            }
        }
        return new Loaded(ids, created, worked);
    }

    /** Whether anything of the demo is there: a sample article or a demo account. */
    public boolean present() {
        return !articleIds().isEmpty() || accounts.anyExists();
    }

    /**
     * Takes the demo away: each sample article is purged (with its revisions, translations,
     * history, events and deliveries), the memory forgets what was learnt from it, and the demo
     * accounts go. Each article goes in its own transaction; running it again finishes what an
     * interrupted run left.
     */
    public Removed remove() {
        List<Long> ids = articleIds();
        long forgotten = 0;
        for (long id : ids) {
            forgotten += QuarkusTransaction.requiringNew().call(() -> {
                int entries = em.createNativeQuery("DELETE FROM memory_entry WHERE origin = 'approval' AND article_id = ?1")
                        .setParameter(1, id).executeUpdate();
                management.purge(id);
                return entries;
            });
        }
        int deleted = accounts.remove();
        return new Removed(ids.size(), forgotten, deleted);
    }

    private static List<Long> articleIds() {
        return SAMPLES.stream().map(s -> Article.findByExternalId(s.externalId()))
                .flatMap(Optional::stream).map(a -> a.id).toList();
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the demo, under {@code demo/} in the application. */
    static InputStream open(String resource) {
        InputStream in = Demo.class.getResourceAsStream("/demo/" + resource);
        if (in == null) {
            throw new IllegalStateException("demo/" + resource + " is missing from the application");
        }
        return in;
    }
}
