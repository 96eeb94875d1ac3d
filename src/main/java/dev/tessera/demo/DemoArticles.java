package dev.tessera.demo;

import dev.tessera.article.ArticleImporter;
import dev.tessera.article.ImportCommand;
import dev.tessera.auth.AdminConfig;
import dev.tessera.auth.User;
import dev.tessera.language.Languages;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sample articles for a first look at Tessera: three short think-tank pieces written for it
 * (English HTML, Turkish Markdown, Russian plain text, under {@code demo/}), imported like any
 * document into every other configured language. On request of an admin (the empty
 * dashboard's button) or at start with {@code TESSERA_DEMO=true}; never by default. Loading
 * twice changes nothing: each sample has a fixed external id and the same bytes, which the
 * importer answers with the article it already has.
 */
@ApplicationScoped
public class DemoArticles {

    private static final Logger LOG = Logger.getLogger(DemoArticles.class);

    /** One sample document and how it is imported. */
    record Sample(String resource, String sourceLang, String externalId, String title, int priority, int dueInDays) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("middle-corridor.en.html", "en", "demo-middle-corridor", "The Middle Corridor after 2022", 10, 7),
            new Sample("black-sea-grain.tr.md", "tr", "demo-black-sea-grain", "Karadeniz'de tahıl taşımacılığı", 0, 14),
            new Sample("arctic-shipping.ru.txt", "ru", "demo-arctic-shipping", "Северный морской путь и его пределы", 0, 21));

    private final ArticleImporter importer;
    private final Languages languages;
    private final AdminConfig admin;
    private final boolean atStart;

    public DemoArticles(ArticleImporter importer, Languages languages, AdminConfig admin,
                        @ConfigProperty(name = "tessera.demo", defaultValue = "false") boolean atStart) {
        this.importer = importer;
        this.languages = languages;
        this.admin = admin;
        this.atStart = atStart;
    }

    /** After the first admin is created (observers default to APPLICATION + 500), so the samples are theirs. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (atStart) {
            Long adminId = User.findByUsername(admin.username()).map(u -> u.id).orElse(null);
            LOG.infof("TESSERA_DEMO: %d demo articles in place", load(adminId).size());
        }
    }

    /** Imports the samples whose source language is configured; returns their article ids. */
    public List<Long> load(Long userId) {
        List<Long> ids = new ArrayList<>();
        for (Sample sample : SAMPLES) {
            if (!languages.isKnown(sample.sourceLang()) || languages.codes().size() < 2) {
                continue;
            }
            ImportCommand command = new ImportCommand(bytes(sample.resource()), sample.resource(), null, null,
                    sample.sourceLang(), null, sample.externalId(), sample.title(), sample.priority(),
                    LocalDate.now().plusDays(sample.dueInDays()));
            ids.add(importer.importArticle(command, userId).articleId());
        }
        return ids;
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = DemoArticles.class.getResourceAsStream("/demo/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("demo/" + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
