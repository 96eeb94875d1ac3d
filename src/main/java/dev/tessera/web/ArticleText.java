package dev.tessera.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the article page's forms that change an article (a new revision, XLIFF, split and
 * merge) and of their answer pages, in English; Turkish and Russian in {@code messages/art_tr.properties}
 * and {@code art_ru.properties}. Templates use them as {@code {art:key}}.
 */
@MessageBundle("art")
public interface ArticleText {

    @Message("Upload a new revision")
    String newRevision();

    @Message("The same format as the original. Translations of unchanged sentences are kept; changed ones are marked for a look.")
    String newRevisionHint();

    @Message("Upload")
    String upload();

    @Message("XLIFF for CAT tools")
    String xliffExchange();

    @Message("Export")
    String xliffExport();

    @Message("Import XLIFF")
    String xliffImport();

    @Message("A file exported here, translated in a CAT tool; units that cannot be applied are listed with the reason.")
    String xliffImportHint();

    @Message("File")
    String file();

    @Message("Revision {number}: what happened to the translations")
    String updatedTitle(int number);

    @Message("The document is the same as the current revision; nothing changed.")
    String unchanged();

    @Message("Kept")
    String kept();

    @Message("Moved")
    String moved();

    @Message("To check")
    String stale();

    @Message("New")
    String added();

    @Message("Removed")
    String removed();

    @Message("Changed sentences")
    String staleSegments();

    @Message("{score}% similar")
    String similarity(int score);

    @Message("Back to the article")
    String backToArticle();

    @Message("XLIFF import: {language}")
    String importedTitle(String language);

    @Message("{applied} applied, {unchanged} unchanged, {refused} refused")
    String importedCounts(int applied, int unchanged, int refused);

    @Message("Unit")
    String unit();

    @Message("Outcome")
    String outcome();

    @Message("Split…")
    String split();

    @Message("Put | where the segment is to be cut, then Split.")
    String splitHint();

    @Message("Split")
    String splitButton();

    @Message("Merge with the next")
    String mergeNext();

    @Message("Segmentation")
    String actions();
}
