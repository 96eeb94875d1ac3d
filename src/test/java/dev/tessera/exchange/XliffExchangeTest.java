package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Export, translate in the file, import: exactly the translated units change, through the
 * workflow (history origin {@code xliff}, progress); a second import changes nothing; a
 * changed source or a newer save in Tessera refuses only the unit concerned; Turkish and
 * Russian letters arrive byte for byte. Every scenario in XLIFF 1.2 and 2.0.
 */
@QuarkusTest
class XliffExchangeTest {

    @Inject
    AgroalDataSource dataSource;


    static Map<String, Object> translation(long segment, String lang) {
        return Fixtures.asAdmin().get("/api/segments/" + segment + "/translations/" + lang).then().statusCode(200)
                .extract().jsonPath().getMap("translation");
    }

    static long segment(long article, int index) {
        return ((Number) Work.segments(article).get(index).get("id")).longValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void exportTranslateImportUpdatesExactlyThoseUnitsOnce(String version) {
        long article = Work.article(6, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        XliffFiles file = XliffFiles.of(XliffFiles.export(translator, article, "tr", version));
        assertThat(file.ids()).hasSize(6);
        byte[] edited = file.translate(0, "Birinci cümle.", "translated").translate(2, "Üçüncü cümle.", "translated")
                .bytes();
        XliffFiles.upload(translator, article, edited).then().log().ifValidationFails().statusCode(200)
                .body("applied", equalTo(2)).body("unchanged", equalTo(4)).body("refused", equalTo(0))
                .body("units.outcome", equalTo(List.of("APPLIED", "APPLIED")))
                .body("units.status", equalTo(List.of("TRANSLATED", "TRANSLATED")));
        assertThat(translation(segment(article, 0), "tr")).containsEntry("status", "TRANSLATED")
                .containsEntry("target", "Birinci cümle.").containsEntry("translatedBy", (int) translator.id());
        assertThat(translation(segment(article, 1), "tr")).containsEntry("status", "NEW");
        assertThat(translation(segment(article, 2), "tr")).containsEntry("target", "Üçüncü cümle.");
        Fixtures.asAdmin().get("/api/segments/" + segment(article, 0) + "/translations/tr").then()
                .body("history.origin", equalTo(List.of("xliff"))).body("history.action", equalTo(List.of("SUBMIT")));
        Fixtures.asAdmin().get("/api/articles/" + article + "/progress").then()
                .body("[0].segmentsByStatus.TRANSLATED", equalTo(2)).body("[0].segmentsByStatus.NEW", equalTo(4));

        XliffFiles.upload(translator, article, edited).then().log().ifValidationFails().statusCode(200)
                .body("applied", equalTo(0)).body("unchanged", equalTo(6)).body("refused", equalTo(0));
        Fixtures.asAdmin().get("/api/segments/" + segment(article, 0) + "/translations/tr").then()
                .body("history.size()", equalTo(1)).body("translation.version", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void aChangedSourceRefusesThatUnitAndAppliesTheRest(String version) throws Exception {
        long article = Work.article(3, "ru", 0);
        Account translator = Fixtures.user("translator", "ru");
        byte[] edited = XliffFiles.of(XliffFiles.export(translator, article, "ru", version))
                .translate(0, "Первое.", "translated").translate(1, "Второе.", "translated").bytes();
        long changed = segment(article, 1);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE segment SET source_coded = 'A new sentence.', source_hash = 'changed' WHERE id = ?")) {
            s.setLong(1, changed); // what a source update does to a sentence that was rewritten
            s.executeUpdate();
        }
        JsonPath report = XliffFiles.upload(translator, article, edited).then().log().ifValidationFails().statusCode(200)
                .body("applied", equalTo(1)).body("refused", equalTo(1)).extract().jsonPath();
        assertThat(report.getString("units.find { it.outcome == 'REFUSED' }.reason")).isEqualTo("SOURCE_CHANGED");
        assertThat(report.getLong("units.find { it.outcome == 'REFUSED' }.segmentId")).isEqualTo(changed);
        assertThat(translation(changed, "ru")).containsEntry("status", "NEW");
        assertThat(translation(segment(article, 0), "ru")).containsEntry("target", "Первое.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void anOlderExportAfterANewerSaveIsRefusedForThatUnit(String version) {
        long article = Work.article(2, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        byte[] edited = XliffFiles.of(XliffFiles.export(translator, article, "tr", version))
                .translate(0, "Dosyadaki çeviri.", "translated").translate(1, "İkinci.", "translated").bytes();
        Account colleague = Fixtures.user("translator", "tr");
        Work.save(colleague, segment(article, 0), "tr", "Web'de kaydedilen.", "DRAFT", 0).then().statusCode(200);
        XliffFiles.upload(translator, article, edited).then().log().ifValidationFails().statusCode(200)
                .body("applied", equalTo(1)).body("refused", equalTo(1))
                .body("units.find { it.outcome == 'REFUSED' }.reason", equalTo("NEWER_IN_TESSERA"));
        assertThat(translation(segment(article, 0), "tr")).containsEntry("target", "Web'de kaydedilen.");
        assertThat(translation(segment(article, 1), "tr")).containsEntry("target", "İkinci.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void aUnitLeasedToAnotherTranslatorIsRefusedAndAReviewerSavesOverTheLease(String version) {
        long article = Work.article(2, "tr", 0);
        Account holder = Fixtures.user("translator", "tr");
        long leased = Work.claim(holder, "tr", 1, "&articleId=" + article).getList("segments.segmentId", Long.class).get(0);
        Account translator = Fixtures.user("translator", "tr");
        byte[] edited = XliffFiles.of(XliffFiles.export(translator, article, "tr", version))
                .translate(0, "Birinci.", "translated").translate(1, "İkinci.", "translated").bytes();
        XliffFiles.upload(translator, article, edited).then().log().ifValidationFails().statusCode(200)
                .body("applied", equalTo(1)).body("refused", equalTo(1))
                .body("units.find { it.outcome == 'REFUSED' }.reason", equalTo("CLAIMED_BY_ANOTHER"))
                .body("units.find { it.outcome == 'REFUSED' }.segmentId", equalTo((int) leased));
        assertThat(translation(leased, "tr")).containsEntry("status", "NEW").containsEntry("claimedBy", (int) holder.id());

        // A reviewer may save over a lease: the unit the translator could not apply goes in, the other is unchanged.
        XliffFiles.upload(Fixtures.user("reviewer", "tr"), article, edited).then().log().ifValidationFails()
                .statusCode(200).body("applied", equalTo(1)).body("unchanged", equalTo(1)).body("refused", equalTo(0));
        Map<String, Object> after = translation(leased, "tr");
        assertThat(after).containsEntry("status", "TRANSLATED");
        assertThat(after.get("claimedBy")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void turkishAndRussianLettersArriveByteForByte(String version) {
        String turkish = "İğdır ılık: IĞDIR İSTANBUL ıi İI şŞ çÇ öÖ üÜ.";
        String russian = "Ёлки, ёжик и ЁЖИК: всё ещё в силе.";
        for (String lang : List.of("tr", "ru")) {
            long article = Work.article(1, lang, 0);
            Account translator = Fixtures.user("translator", lang);
            String text = lang.equals("tr") ? turkish : russian;
            byte[] edited = XliffFiles.of(XliffFiles.export(translator, article, lang, version))
                    .translate(0, text, "translated").bytes();
            XliffFiles.upload(translator, article, edited).then().statusCode(200).body("applied", equalTo(1));
            String stored = (String) translation(segment(article, 0), lang).get("target");
            assertThat(stored.getBytes(StandardCharsets.UTF_8)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
            String again = new String(XliffFiles.export(translator, article, lang, version), StandardCharsets.UTF_8);
            assertThat(again).contains(text);
        }
    }
}
