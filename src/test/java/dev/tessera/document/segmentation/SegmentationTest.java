package dev.tessera.document.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The named hard cases of each language, one behaviour per test, so that a rules change that
 * breaks one of them says which.
 */
class SegmentationTest {

    private static List<String> sentences(String text, String language) {
        return GoldSet.normalise(Segmentation.split(text, language));
    }

    @Test
    void turkishTitlesDoNotEndSentences() {
        assertThat(sentences("Prof. Dr. Ayşe Kaya ve Doç. Dr. Ali Can konuştu. Av. Deniz Er de katıldı.", "tr"))
                .containsExactly("Prof. Dr. Ayşe Kaya ve Doç. Dr. Ali Can konuştu.", "Av. Deniz Er de katıldı.");
    }

    @Test
    void turkishAbbreviationsInsideSentences() {
        assertThat(sentences("Bazı ilaçlar (örn. antibiyotikler) satılmıyor (bkz. s. 4). Su, elektrik vb. giderler arttı.", "tr"))
                .containsExactly("Bazı ilaçlar (örn. antibiyotikler) satılmıyor (bkz. s. 4).", "Su, elektrik vb. giderler arttı.");
    }

    @Test
    void turkishMayBeFinalAbbreviationEndsSentenceBeforeCapital() {
        assertThat(sentences("Masada kalem, defter vb. Toplantı uzadı.", "tr"))
                .containsExactly("Masada kalem, defter vb.", "Toplantı uzadı.");
    }

    @Test
    void turkishOrdinalsAndDates() {
        assertThat(sentences("15. yüzyılda başladı. 1. Dünya Savaşı'nda bitti. Karar 12.09.2023'te ve 12.09.2023 tarihinde duyuruldu.", "tr"))
                .containsExactly("15. yüzyılda başladı.", "1. Dünya Savaşı'nda bitti.",
                        "Karar 12.09.2023'te ve 12.09.2023 tarihinde duyuruldu.");
    }

    @Test
    void turkishInitialsAndAcronyms() {
        assertThat(sentences("M. K. Atatürk ve V. V. Putin anıldı. T.C. Merkez Bankası ile Tessera A.Ş. görüştü.", "tr"))
                .containsExactly("M. K. Atatürk ve V. V. Putin anıldı.", "T.C. Merkez Bankası ile Tessera A.Ş. görüştü.");
    }

    @Test
    void turkishNumbersTimesAndPercentages() {
        assertThat(sentences("Ciro 1.250.000 lira, artış %3,5 oldu. Oturum 14.30'da başlar.", "tr"))
                .containsExactly("Ciro 1.250.000 lira, artış %3,5 oldu.", "Oturum 14.30'da başlar.");
    }

    @Test
    void footnoteMarkStaysWithItsSentence() {
        assertThat(sentences("Ekonomi büyüdü.[1] Ancak işsizlik arttı[2]. Bu bir sorun.", "tr"))
                .containsExactly("Ekonomi büyüdü.[1]", "Ancak işsizlik arttı[2].", "Bu bir sorun.");
    }

    @Test
    void quotesKeepTheirSentence() {
        assertThat(sentences("Bakan “Hedefe ulaşacağız.” dedi. \"Neden?\" diye sordu. «Bitti.» Sonra sustu.", "tr"))
                .containsExactly("Bakan “Hedefe ulaşacağız.” dedi.", "\"Neden?\" diye sordu.", "«Bitti.»", "Sonra sustu.");
    }

    @Test
    void ellipsesBreakOnlyBeforeCapitals() {
        assertThat(sentences("Seçim bitti... Şimdi koalisyon. Fiyatlar arttı… Ücretler aynı. Gerekçe... açıklanmadı.", "tr"))
                .containsExactly("Seçim bitti...", "Şimdi koalisyon.", "Fiyatlar arttı…", "Ücretler aynı.",
                        "Gerekçe... açıklanmadı.");
    }

    @Test
    void questionAndExclamation() {
        assertThat(sentences("Kalıcı mı? Değil! Geçici.", "tr")).containsExactly("Kalıcı mı?", "Değil!", "Geçici.");
    }

    @Test
    void urlsAndEmails() {
        assertThat(sentences("Rapor www.ornek.gov.tr ve https://veri.ornek.org/a?b=1 adresinde. Soru: basin@ornek.com.tr. Teşekkürler.", "tr"))
                .containsExactly("Rapor www.ornek.gov.tr ve https://veri.ornek.org/a?b=1 adresinde.",
                        "Soru: basin@ornek.com.tr.", "Teşekkürler.");
    }

    @Test
    void englishAbbreviationsAndInitials() {
        assertThat(sentences("Dr. Smith met Prof. Jones, e.g. at the U.S. Embassy. Jonas E. Smith came too.", "en"))
                .containsExactly("Dr. Smith met Prof. Jones, e.g. at the U.S. Embassy.", "Jonas E. Smith came too.");
    }

    @Test
    void englishAcronymEndsSentenceBeforeUsualOpener() {
        assertThat(sentences("I live in the U.S. How about you?", "en"))
                .containsExactly("I live in the U.S.", "How about you?");
    }

    @Test
    void russianAbbreviations() {
        assertThat(sentences("Это т.е. пример, и т. д. Музей им. Пушкина находится в г. Москве. Он открыт с 1912 г. и работает.", "ru"))
                .containsExactly("Это т.е. пример, и т. д.", "Музей им. Пушкина находится в г. Москве.",
                        "Он открыт с 1912 г. и работает.");
    }

    @Test
    void russianYearAbbreviationMayEndSentence() {
        assertThat(sentences("Титул получен в 2010 г. Цветки белые.", "ru"))
                .containsExactly("Титул получен в 2010 г.", "Цветки белые.");
    }

    @Test
    void russianInitialsAndColons() {
        assertThat(sentences("В. В. Путин и Л.Н. Толстой. Он сказал: «Я устал», и замолчал.", "ru"))
                .containsExactly("В. В. Путин и Л.Н. Толстой.", "Он сказал: «Я устал», и замолчал.");
    }

    @Test
    void unknownLanguageGetsGenericRules() {
        assertThat(sentences("Hallo Welt. Wie geht's? Gut!", "de-AT")).containsExactly("Hallo Welt.", "Wie geht's?", "Gut!");
    }

    @Test
    void blankLineAlwaysBreaksSingleLineBreakInsideSentenceDoesNot() {
        assertThat(sentences("Bu cümle\nikiye bölünmüş.\n\nYeni paragraf", "tr"))
                .containsExactly("Bu cümle\nikiye bölünmüş.", "Yeni paragraf");
    }

    @Test
    void splitReturnsSubstringsInOrder() {
        String text = "Bir. İki.";
        List<String> parts = Segmentation.split(text, "tr");
        assertThat(String.join(" ", parts)).isEqualTo(text);
    }

    @Test
    void rulesHashIsTheSha256OfTheBundledRules() throws Exception {
        byte[] rules;
        try (var in = getClass().getClassLoader().getResourceAsStream(Segmentation.RULES_RESOURCE)) {
            rules = in.readAllBytes();
        }
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(rules));
        assertThat(Segmentation.rulesHash()).isEqualTo(expected);
    }

    @Test
    void segmenterIsCachedPerThreadAndLanguage() {
        assertThat(Segmentation.segmenter("tr")).isSameAs(Segmentation.segmenter("tr"));
        assertThat(Segmentation.segmenter("tr")).isNotSameAs(Segmentation.segmenter("en"));
    }
}
