package dev.tessera.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Articles;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every format imported through the API, checked as an editor would: the running text comes
 * out as the expected sentences in order, inline markup inside a sentence shows as tags of the
 * generic notation, and what must not be translated is not offered. Expected sentences are the
 * ones listed in {@code src/test/resources/articles/README.md}, where Tessera's output agrees
 * with them; the cases where it does not are named in the comments and in
 * {@link #monthAbbreviationsAndFootnotesStayInTheirSentence()}.
 */
@QuarkusTest
class ArticleFormatsTest {

    private Account editor;

    @BeforeEach
    void signIn() {
        editor = Fixtures.user("editor");
    }

    @Test
    void html() {
        Segments en = importAndRead("en/energy-transition.html", "en");
        assertThat(en.plainTexts()).containsSubsequence(
                "On September 12, 2023, the queue of renewable projects waiting for a grid connection in the EU and the U.K. passed an estimated 1,500 gigawatts, roughly three times the wind and solar capacity installed today.[1]",
                "Developers in Spain, Germany and the Netherlands say the wait for a connection date now runs to five years or more, i.e. longer than it takes to build the wind farm itself.",
                "“We have solved the hardware problem and created a paperwork problem,” says Dr. Helen Marsh, head of grid research at Northbridge Energy Research, a consultancy in Leeds.",
                "Her team estimates that every year of delay adds 6–8% to the financing cost of a typical utility-scale solar park.",
                "The bottleneck is not unique to Europe: in the U.S. Midwest, more than 2,000 projects are stuck in interconnection studies run by the regional grid operator.");
        assertThat(en.sources()).contains(
                "They work on a <1>first come, first served</1> basis, which sounded fair when applicants were few.",
                // the footnote link stays with the sentence before it, as a <sup><a> pair
                "On September 12, 2023, the queue of renewable projects waiting for a grid connection in the EU and the U.K. passed an estimated 1,500 gigawatts, roughly three times the wind and solar capacity installed today.<1><2>[1]</2></1>",
                // translate="no" inside a sentence becomes a placeholder
                "Data for this article come from the <1/> database.");
        // img alt and title are offered; meta description and aria-label are not (only alt and
        // title are translatable attributes in Tessera's HTML rules, unlike the fixture README says)
        assertThat(en.plainTexts()).contains(
                "Bar chart comparing gigawatts waiting in connection queues with gigawatts installed, by country",
                "Connection queues dwarf installed capacity in most large EU markets");
        assertThat(en.text()).doesNotContain("TSR-EN-ENR-0912", "GridQueue Tracker", "dataLayer", "article_view",
                "schema.org", "AnalysisNewsArticle", "grid-queue-chart.png", "Back to text", "mailto:");
        // <code> is ordinary inline markup for Okapi's HTML filter: its text stays inside the
        // sentence, offered for translation between tags (the README expects it untranslated).
        assertThat(en.sources()).anyMatch(s -> s.contains("is called <1>curtailment_hours_p90</1>, and"));

        Segments tr = importAndRead("tr/enerji-donusumu.html", "tr");
        assertThat(tr.plainTexts()).containsSubsequence(
                "Türkiye'nin kurulu güneş enerjisi gücü, 2023'ün 3. çeyreği itibarıyla 10 gigavat sınırını geçti.",
                "Ege Enerji Politikaları Merkezi'nin (EEPM) 12.09.2023 tarihinde yayımladığı rapora göre elektrik üretiminde yenilenebilir kaynakların payı %42,3'e ulaştı.[1]",
                "Ancak uzmanlar, iletim şebekesine yapılan yatırımın bu hıza yetişemediği konusunda uyarıyor.",
                "EEPM'den Prof. Dr. Selin Aydoğan, “Sorun artık paneli kurmak değil, üretilen elektriği tüketiciye ulaştırmak” diyor.",
                "Aydoğan'a göre kömür, doğal gaz vb. fosil kaynaklara dayalı santraller, 21. yüzyılın ilk çeyreği biterken hâlâ sistemin omurgasını oluşturuyor.");
        assertThat(tr.sources()).contains(
                "Özellikle güneşlenme süresinin uzun olduğu İç Anadolu ve Akdeniz bölgelerinde, yeni bir santral için bağlantı görüşü almak <1>iki ila üç yıl</1> sürebiliyor.");
        assertThat(tr.text()).doesNotContain("TSR-TR-ENR-0912", "GridQueue Tracker", "tsrConfig");
    }

    @Test
    void markdown() {
        Segments en = importAndRead("en/central-banks.md", "en");
        assertThat(en.plainTexts()).containsSubsequence(
                "For most of the past 18 months, the question facing the Federal Reserve, the European Central Bank and the Bank of England was how high to go.",
                "By mid-September 2023 the question had changed: how long to stay there?",
                "“The last mile is always the hardest,” says Dr. Priya Raman, the firm’s chief economist.");
        assertThat(en.sources()).contains(
                "By mid-September 2023 the question had changed: <2>how long to stay there</2>?",
                // inline code becomes a placeholder; its text is not offered
                "Analysts often compute it with a one-liner such as <1/>, and the answer today is uncomfortable in both directions.",
                // the footnote reference is a pair whose brackets are codes: plain text shows ^2
                "The Fed's own projections, released in June, pointed to one more increase this year.<1>^2</1>");
        // the link title is offered on its own
        assertThat(en.plainTexts()).contains("How Tessera computes real interest rates");
        // Okapi's Markdown filter does not extract YAML front matter at all: keys and values,
        // the translatable title and summary included (the title is offered via the # heading).
        assertThat(en.text()).doesNotContain("central-banks-long-wait", "slug", "monetary policy",
                "After the fastest tightening cycle", "Illustrative only", "def real_rate", "real_rate = policy_rate",
                "https://");

        Segments ru = importAndRead("ru/tsentralnye-banki.md", "ru");
        assertThat(ru.plainTexts()).containsSubsequence(
                "Накануне курс рубля превысил 100 руб. за доллар, т.е. опустился до минимума с марта 2022 г.",
                "Следующее плановое заседание совета директоров назначено на 15 сентября, и большинство аналитиков ждут ещё одного повышения.",
                "«Регулятор дал понять, что не остановится, пока инфляционные ожидания не начнут снижаться», — говорит Д. И. Ковалёв, главный экономист инвестиционной компании «Северный капитал».",
                "Годовая инфляция в августе ускорилась до 5,2%, а сезонно сглаженный рост цен в пересчёте на год, т.е. показатель, за которым внимательно следит ЦБ, заметно превышает цель в 4%.^1");
        assertThat(ru.sources()).anyMatch(s -> s.contains("с <1>мягкой</1> денежно-кредитной"));
        assertThat(ru.text()).doesNotContain("real_rate = key_rate", "```");
    }

    @Test
    void plainText() {
        Segments en = importAndRead("en/briefing.txt", "en");
        assertThat(en.plainTexts()).containsSubsequence(
                "Brussels enters the final stretch of negotiations on the EU's artificial intelligence act this autumn, and the main fight is no longer about chatbots.",
                "Negotiators from the European Parliament and the member states still disagree on how far police may use real-time facial recognition in public spaces.",
                "Parliament wants a near-total ban; several governments, e.g. France and Italy, want exceptions for terrorism and missing children.",
                "\"Everything else can be settled in a night,\" one diplomat said.",
                "\"This cannot.\"");
        // the hard-wrapped paragraph is one text unit; its sentence keeps the line breaks of the file
        assertThat(en.plainTexts().stream().map(t -> t.replaceAll("\\s+", " ")))
                .contains("Officials have signalled that the revision will close gaps that allowed some chips designed for the Chinese market to stay just below the performance thresholds.");

        Segments ru = importAndRead("ru/brifing.txt", "ru");
        assertThat(ru.plainTexts()).containsSubsequence(
                "Расширение БРИКС, о котором договорились на саммите в Йоханнесбурге 22–24 августа 2023 г., продолжает обсуждаться в экспертном сообществе.",
                "С 1 января 2024 г. к объединению приглашены присоединиться шесть государств: Аргентина, Египет, Иран, ОАЭ, Саудовская Аравия и Эфиопия.",
                "В. В. Путин участвовал в саммите по видеосвязи, а российскую делегацию в ЮАР возглавил министр иностранных дел С. В. Лавров.",
                "«Формат становится шире, но не обязательно сильнее», — отмечает А. П. Рябинин, востоковед из Центра азиатских исследований им. Н. И. Конрада.",
                "По его словам, у новых участников слишком разные интересы, т.е. согласовывать общие позиции будет сложнее.");
        assertThat(ru.plainTexts()).contains(
                "Гораздо реальнее расширение расчётов в национальных валютах, создание общих платёжных механизмов и т.д.");
    }

    @Test
    void docx() {
        Segments en = importAndRead("en/policy-memo.docx", "en");
        assertThat(en.plainTexts()).containsSubsequence(
                "No money changes hands until 2026.",
                "Even so, the U.S., India and Türkiye have already raised the issue with Brussels, and Dr. Anja Lindqvist of the Baltic Trade Institute calls it “the first climate policy that other countries cannot ignore.”",
                "The reporting burden is modest at first; the political signal is not.",
                // the run split in mid-sentence comes out as one sentence without a code
                "This memo sets out what the rules cover, where the stories are, and how we should explain them to readers.");
        assertThat(en.sources()).contains("<1>To:</1> Editorial board.",
                "The European Commission has published a <1>guidance document for importers</1>, which our reporters should read before calling sources.");
        assertThat(en.text()).doesNotContain("http", "Heading1");

        Segments tr = importAndRead("tr/politika-notu.docx", "tr");
        assertThat(tr.plainTexts()).containsSubsequence(
                "Avrupa Birliği'nin Sınırda Karbon Düzenleme Mekanizması (SKDM), 1 Ekim 2023'te geçiş dönemine giriyor.",
                "Bu dönemde ithalatçılar, örn. çelik ve çimento gibi ürünlerin üretiminde ortaya çıkan emisyonları üç ayda bir raporlamak zorunda olacak.",
                "Mali yükümlülük 2026'da başlıyor; ancak hazırlık süreci şimdiden ihracatçıların gündeminde.",
                "Prof. Dr. Nilay Erdem'e göre SKDM, “Türkiye'nin dış ticaretinde 21. yüzyılın ilk gerçek iklim testi” niteliğinde.",
                "Bu not, düzenlemenin kapsamını, öne çıkan haber başlıklarını ve okura nasıl anlatılması gerektiğini özetliyor.");
        assertThat(tr.sources()).contains(
                "Bu sektörler AB'nin toplam ithalatı içinde <1>görece küçük</1> bir paya sahip olsa da emisyon yoğunluğu yüksek:");
    }

    @Test
    void xliff12() {
        Segments en = importAndRead("en/interview.xlf", "en");
        assertThat(en.plainTexts()).containsSubsequence(
                "“The grid is the new bottleneck”: a conversation with Dr. Helen Marsh",
                "Europe is adding solar panels faster than ever.",
                "Dr. Marsh, head of grid research at Northbridge Energy Research, explains why that is no longer enough.",
                "How long does a new solar park wait for a grid connection today?",
                "It depends on the country, but in Spain or the Netherlands five years is no longer unusual, i.e. longer than construction itself.");
        assertThat(en.sources()).contains(
                // <x ctype="lb"/> between two sentences without a space: a boundary, the code leads the second
                "Transformers now take up to four years to deliver.",
                "<1/>But most of the queue is made up of projects that will <2>never</2> be built.",
                // <mrk mtype="protected"> becomes a placeholder
                "Our <1>grid tracker</1> uses the field <2/> for that; operators could do the same for every substation.");
        assertThat(en.text()).doesNotContain("curtailment_hours_p90", "byline-code", "TSR-");

        Segments ru = importAndRead("ru/interview.xlf", "ru");
        assertThat(ru.plainTexts()).containsSubsequence(
                "Н. А. Соколова: «Восточный разворот будет долгим и дорогим»",
                "Ведущий научный сотрудник Центра энергетической политики им. Г. М. Кржижановского — о том, сможет ли Китай заменить Европу как главного покупателя российского газа.",
                "Сколько газа Россия поставит в Китай в этом году?",
                "По нашим оценкам, около 22 млрд куб. м по «Силе Сибири», т.е. почти в полтора раза больше, чем в прошлом году.",
                "На проектную мощность в 38 млрд куб. м газопровод выйдет в 2024–2025 гг.");
        assertThat(ru.sources()).contains("<1>Сколько газа Россия поставит в Китай в этом году?</1>");
        assertThat(ru.text()).doesNotContain("share_asia_2030");
    }

    @Test
    void xliff2() {
        Segments en = importAndRead("en/interview-v2.xlf", "en");
        // the file's own <segment>s are kept: the fifth holds two sentences
        assertThat(en.plainTexts()).containsSubsequence(
                "“The last mile is always the hardest”: Dr. Priya Raman on interest rates",
                "Central banks in the U.S. and Europe are close to the peak of the tightening cycle.",
                "Dr. Raman, chief economist at Hartwell & Pierce Inc., explains why staying there will be harder than getting there.",
                "Are rate rises over?",
                "Probably, or almost. The Fed has held its range at 5.25–5.50% since July, and the ECB meets on Sept. 14.");
        assertThat(en.sources()).contains("<1>Are rate rises over?</1>",
                "But the question now is <2>how long</2> rates stay high, e.g. through the whole of 2024.");
        // Surprise, documented: the content of <mrk translate="no"> stays in the sentence as text
        // between tags with a negative code id, so it is offered (the README expects it not to be);
        // the unit with translate="no" is absent
        assertThat(en.sources()).anyMatch(s -> s.matches(".*computed as <-\\d+>real_rate = policy_rate - expected_inflation</-\\d+>\\..*"));
        assertThat(en.text()).doesNotContain("byline-code", "TSR-");
    }

    @Test
    void json() {
        Segments en = importAndRead("en/newsletter.json", "en");
        assertThat(en.plainTexts()).containsSubsequence(
                "Good morning.",
                "The Saudi cut alone removes about 1 million barrels a day from the market, i.e. roughly 1% of global demand.",
                "For importers, e.g. India and most of Europe, the timing could hardly be worse.",
                "\"Energy was doing the heavy lifting on disinflation,\" says Dr. Priya Raman, chief economist at Hartwell & Pierce Inc., a New York research firm.");
        // Surprise, documented: the JSON filter extracts every string value. Ids, slugs, the
        // locale, block types, URLs, timestamps and the string "412" are offered for translation
        // (only numbers, booleans and keys are not), and inline HTML inside a string is plain
        // text, not inline codes: <em> and the href reach the translator as escaped text.
        assertThat(en.plainTexts()).contains("nl-en-2023-0912", "week-in-economics-oil-at-90", "en", "paragraph",
                "https://cdn.example.org/nl/2023/09/brent-2023.png", "2023-09-12T10:00:00Z", "412",
                "https://www.example.org/newsletters/week-in-economics/2023-09-12");
        assertThat(en.sources()).anyMatch(s -> s.startsWith("The bigger risk is \\<em>second-round effects\\</em>:"));
        assertThat(en.sources()).noneMatch(s -> s.matches(".*<\\d+>.*"));
        assertThat(en.text()).doesNotContain("\"level\"", "\"ordered\"");

        Segments tr = importAndRead("tr/bulten.json", "tr");
        assertThat(tr.plainTexts()).containsSubsequence(
                "Günaydın.",
                "Hükümet, 2024-2026 dönemini kapsayan Orta Vadeli Program'ı (OVP) 06.09.2023'te açıkladı.",
                "Programa göre yıl sonu enflasyon tahmini %65, 2024 için ise %33 olarak belirlendi.",
                "Hazine ve Maliye Bakanlığı'nın sunumunda öne çıkan mesaj, dezenflasyonun kademeli olacağı ve mali disiplinin önceliğini koruyacağıydı.",
                "Prof. Dr. Ayşe Tuna, “Rakamlar gerçekçi bir başlangıç noktası; asıl mesele, bu hedeflere bağlı kalınıp kalınmayacağı” diyor.");
        // the paragraph written with \\u escapes arrives decoded
        assertThat(tr.plainTexts()).anyMatch(t -> t.startsWith("Bu hafta ayrıca önemli bir tarih var:"));
    }

    /**
     * A month abbreviation before a day number does not end a sentence, and a Markdown footnote
     * reference after a full stop stays with its sentence. (Russian {@code г.} before a
     * capitalised word is left to the rules' year heuristic: see docs/SEGMENTATION.md.)
     */
    @Test
    void monthAbbreviationsAndFootnotesStayInTheirSentence() {
        assertThat(importAndRead("en/energy-transition.html", "en").plainTexts()).contains(
                "Shares of transformer and cable makers have outperformed the broader European index since Jan. 1, while several listed renewable developers have cut their growth targets.");
        assertThat(importAndRead("en/newsletter.json", "en").plainTexts()).contains(
                "Brent crude traded above $90 a barrel this week for the first time since November, after Saudi Arabia and Russia said on Sept. 5 that they would extend their voluntary supply cuts until the end of December.");
        assertThat(importAndRead("en/policy-memo.docx", "en").plainTexts()).contains(
                "On Oct. 1, 2023 the EU's Carbon Border Adjustment Mechanism (CBAM) enters its transitional phase, i.e. importers must start reporting the emissions embedded in certain goods.");
        assertThat(importAndRead("en/central-banks.md", "en").plainTexts()).contains(
                "Yields on 10-year U.S. Treasury notes climbed above 4.3% in August, their highest level since 2007.^1",
                "Economists at Hartwell & Pierce Inc., a New York research firm, do not expect a cut at the Jan. 31 meeting or for some months after it, i.e. not until core inflation is clearly heading back to 2%.");
    }

    /** The segments of an article, as the segments endpoint lists them. */
    private record Segments(List<String> plainTexts, List<String> sources) {
        String text() {
            return String.join("\n", plainTexts) + "\n" + String.join("\n", sources);
        }
    }

    private Segments importAndRead(String resource, String sourceLang) {
        long id = Articles.importFile(editor.request(), resource, sourceLang,
                        Map.of("externalId", Fixtures.uniqueName("formats")))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath page = editor.request().get("/api/articles/" + id + "/segments?size=500")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("total")).isLessThanOrEqualTo(500);
        return new Segments(page.getList("items.plainText", String.class), page.getList("items.source", String.class));
    }
}
