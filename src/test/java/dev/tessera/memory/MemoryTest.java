package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The memory through the API: approvals become entries, exact and 101% matches, fuzzy scores
 * in a sensible order, Turkish and Russian text, inline codes re-placed, concordance, and each
 * guard of the lookup. Every test writes sentences with a word of its own, so tests never find
 * each other's entries.
 */
@QuarkusTest
class MemoryTest {

    @Inject
    MemoryEntries entries;

    private static String unique() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private void remember(String sourceLang, String targetLang, String... pairs) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < pairs.length; i += 2) {
                entries.remember(NewEntry.approved(sourceLang, targetLang, pairs[i], pairs[i + 1], null, null, 1, 1, 1,
                        null));
            }
        });
    }

    private static JsonPath suggest(Account who, String sourceLang, String targetLang, String text, String extra) {
        return who.request().queryParam("sourceLang", sourceLang).queryParam("targetLang", targetLang)
                .queryParam("text", text).get("/api/memory/suggest" + extra)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anApprovedTranslationIsSuggestedAt100And101WithItsNeighbours() {
        long article = Work.article(3, "tr", 0);
        List<Map<String, Object>> segments = Work.segments(article);
        long segment = ((Number) segments.get(1).get("id")).longValue();
        String source = (String) segments.get(1).get("source");
        Account translator = Fixtures.user("translator", "tr");
        Account reviewer = Fixtures.user("reviewer", "tr");
        Work.save(translator, segment, "tr", "İkinci cümle.", "TRANSLATED", 0).then().statusCode(200);
        Work.approve(reviewer, segment, "tr", 1).then().statusCode(200);

        JsonPath plain = suggest(translator, "en", "tr", source, "");
        assertThat(plain.getInt("[0].score")).isEqualTo(100);
        assertThat(plain.getString("[0].target")).isEqualTo("İkinci cümle.");
        assertThat(plain.getString("[0].source")).isEqualTo(source);
        assertThat(plain.getString("[0].origin.type")).isEqualTo("approval");
        assertThat(plain.getLong("[0].origin.articleId")).isEqualTo(article);
        assertThat(plain.getLong("[0].origin.segmentId")).isEqualTo(segment);
        assertThat(plain.getString("[0].origin.username")).isEqualTo(translator.username());
        assertThat(plain.getList("[0].diff.type")).containsExactly("equal");
        assertThat(plain.getString("[0].createdAt")).isNotNull();

        assertThat(suggest(translator, "en", "tr", source, "?segmentId=" + segment).getInt("[0].score")).isEqualTo(101);
        long other = ((Number) segments.get(0).get("id")).longValue();
        assertThat(suggest(translator, "en", "tr", source, "?segmentId=" + other).getInt("[0].score")).isEqualTo(100);
        // Another pair of languages knows nothing of it.
        // (Fuzzy matches from other tests' Russian work may come; this Turkish entry never does.)
        assertThat(suggest(new Account(0, "admin", Fixtures.ADMIN_TOKEN), "en", "ru", source, "").getList("target"))
                .doesNotContain("İkinci cümle.");
    }

    @Test
    void fuzzyMatchesComeBestFirstWithTheirDifferences() {
        String w = unique();
        remember("en", "ru",
                "The " + w + " central bank raised its key rate by half a point on Thursday.", "A1",
                "The " + w + " central bank cut its key rate by half a point on Tuesday.", "A2",
                "The " + w + " government raised taxes on Friday.", "A3");
        Account translator = Fixtures.user("translator", "ru");
        JsonPath found = suggest(translator, "en", "ru",
                "The " + w + " central bank raised its key rate by half a point on Friday.", "?limit=5");
        List<Integer> scores = found.getList("score", Integer.class);
        assertThat(found.getList("target", String.class)).startsWith("A1", "A2");
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
        assertThat(scores.get(0)).isBetween(90, 99);
        assertThat(found.getList("[0].diff", Map.class)).contains(Map.of("type", "delete", "text", "Thursday"),
                Map.of("type", "insert", "text", "Friday"));
        // A floor: nothing below minScore.
        assertThat(suggest(translator, "en", "ru", "The " + w + " central bank raised its key rate by half a point"
                + " on Friday.", "?minScore=80").getList("target")).doesNotContain("A3");
    }

    @Test
    void turkishSourcesMatchAcrossCaseAndInflection() {
        String w = unique();
        remember("tr", "en", "Bakan " + w + " yarın Ankara'ya gidecek ve bütçeyi açıklayacak.", "The minister goes.");
        Account translator = Fixtures.user("translator", "en");
        JsonPath inflected = suggest(translator, "tr", "en",
                "Bakan " + w + " yarın Ankara'da olacak ve bütçeyi açıklayacak.", "");
        assertThat(inflected.getInt("[0].score")).isGreaterThanOrEqualTo(75);
        JsonPath capitals = suggest(translator, "tr", "en",
                "BAKAN " + w.toUpperCase(java.util.Locale.forLanguageTag("tr")) + " YARIN ANKARA'YA GİDECEK VE BÜTÇEYİ AÇIKLAYACAK.", "");
        assertThat(capitals.getInt("[0].score")).isGreaterThanOrEqualTo(85);
    }

    @Test
    void russianSourcesMatchAcrossCaseAndInflection() {
        String w = unique();
        remember("ru", "tr", "Центральный банк " + w + " сохранил ключевую ставку на уровне 16 процентов.", "Merkez.");
        Account translator = Fixtures.user("translator", "tr");
        assertThat(suggest(translator, "ru", "tr", "Центрального банка " + w + " сохранил ключевую ставку на уровне 16 процентов.",
                "").getInt("[0].score")).isGreaterThanOrEqualTo(80);
        assertThat(suggest(translator, "ru", "tr", "ЦЕНТРАЛЬНЫЙ БАНК " + w.toUpperCase(java.util.Locale.forLanguageTag("ru"))
                + " СОХРАНИЛ КЛЮЧЕВУЮ СТАВКУ НА УРОВНЕ 16 ПРОЦЕНТОВ.", "").getInt("[0].score")).isGreaterThanOrEqualTo(85);
    }

    @Test
    void inlineCodesOfTheTextAskedAboutArePlacedInTheTarget() {
        String w = unique();
        remember("en", "tr", "Read the <1>" + w + " report</1> here<2/>.", "<1>" + w + " raporunu</1> burada<2/> okuyun.");
        Account translator = Fixtures.user("translator", "tr");
        JsonPath found = suggest(translator, "en", "tr", "Read the <4>" + w + " report</4> here<6/>.", "");
        assertThat(found.getInt("[0].score")).isEqualTo(100);
        assertThat(found.getString("[0].target")).isEqualTo("<4>" + w + " raporunu</4> burada<6/> okuyun.");
        assertThat(found.getBoolean("[0].codesComplete")).isTrue();
        JsonPath fewer = suggest(translator, "en", "tr", "Read the " + w + " report here<3/>.", "");
        assertThat(fewer.getInt("[0].score")).isEqualTo(99);
        assertThat(fewer.getString("[0].target")).isEqualTo(w + " raporunu burada<3/> okuyun.");
        assertThat(fewer.getBoolean("[0].codesComplete")).isFalse();
    }

    @Test
    void concordanceFindsAPhraseInEitherLanguageCaseIgnored() {
        String w = unique();
        remember("en", "ru", "The " + w + " budget deficit widened.", "Дефицит бюджета " + w + " вырос.",
                "Another " + w + " sentence.", "Другое предложение.");
        Account translator = Fixtures.user("translator", "ru");
        JsonPath english = translator.request().get("/api/memory/search?lang=en&q=" + w.toUpperCase(java.util.Locale.ROOT)
                + " BUDGET").then().statusCode(200).extract().jsonPath();
        assertThat(english.getLong("total")).isEqualTo(1);
        assertThat(english.getString("items[0].target")).isEqualTo("Дефицит бюджета " + w + " вырос.");
        JsonPath russian = translator.request().get("/api/memory/search?lang=ru&q=дефицит БЮДЖЕТА " + w)
                .then().statusCode(200).extract().jsonPath();
        assertThat(russian.getLong("total")).isEqualTo(1);
        assertThat(translator.request().get("/api/memory/search?lang=en&size=1&q=" + w).then().statusCode(200)
                .extract().jsonPath().getLong("total")).isEqualTo(2);
        // A translator into Turkish does not see English-Russian entries; an editor does.
        assertThat(Fixtures.user("translator", "tr").request().get("/api/memory/search?lang=en&q=" + w)
                .then().statusCode(200).extract().jsonPath().getLong("total")).isZero();
        assertThat(Fixtures.user("editor").request().get("/api/memory/search?lang=en&q=" + w)
                .then().statusCode(200).extract().jsonPath().getLong("total")).isEqualTo(2);
    }

    @Test
    void eachGuardOfTheLookupAnswersWithItsCode() {
        Account translator = Fixtures.user("translator", "tr");
        translator.request().get("/api/memory/suggest?sourceLang=en&targetLang=en&text=Hello")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        translator.request().get("/api/memory/suggest?sourceLang=xx&targetLang=tr&text=Hello")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_LANGUAGE"));
        translator.request().get("/api/memory/suggest?sourceLang=en&targetLang=tr&text=")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        translator.request().get("/api/memory/suggest?sourceLang=en&targetLang=ru&text=Hello")
                .then().statusCode(403).body("code", equalTo("NOT_IN_LANGUAGE"));
        translator.request().get("/api/memory/suggest?sourceLang=en&targetLang=tr&text=Hello&segmentId=0")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        translator.request().get("/api/memory/search?lang=en&q=a")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        translator.request().get("/api/memory/search?lang=xx&q=abc")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_LANGUAGE"));
    }
}
