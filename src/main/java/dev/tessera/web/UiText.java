package dev.tessera.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the pages, in English; Turkish and Russian in {@code messages/msg_tr.properties} and
 * {@code msg_ru.properties}. Templates use them as {@code {msg:key}}; the build fails when a template
 * names a word that is not here. Placeholders {@code %1}, {@code %2} are filled in by the page scripts.
 */
@MessageBundle("msg")
public interface UiText {

    @Message("Skip to content")
    String skipToContent();

    @Message("Main menu")
    String mainMenu();

    @Message("Dashboard")
    String dashboard();

    @Message("Import article")
    String importArticle();

    @Message("Administration")
    String admin();

    @Message("Page language")
    String pageLanguage();

    @Message("Apply")
    String apply();

    @Message("Sign out")
    String signOut();

    @Message("Sign in")
    String signIn();

    @Message("Translation management for the newsroom.")
    String signInLead();

    @Message("Unknown user name or wrong password.")
    String signInFailed();

    @Message("User name")
    String username();

    @Message("Password")
    String password();

    @Message("Your work")
    String yourWork();

    @Message("Nothing here yet — where to start")
    String emptyTitle();

    @Message("Import an article: upload a document and choose its languages")
    String emptyImport();

    @Message("Add translators and reviewers in Administration")
    String emptyUsers();

    @Message("By language")
    String byLanguage();

    @Message("Segments and words by status in each target language")
    String byLanguageCaption();

    @Message("Language")
    String language();

    @Message("Approved")
    String approvedShare();

    @Message("New")
    String statusNew();

    @Message("Draft")
    String statusDraft();

    @Message("Waiting for review")
    String statusTranslated();

    @Message("Rejected")
    String statusRejected();

    @Message("Approved")
    String statusApproved();

    @Message("Source changed")
    String statusStale();

    @Message("In work")
    String inWork();

    @Message("Waiting for review")
    String waitingReview();

    @Message("Not yet")
    String notYet();

    @Message("{words} words")
    String wordsCount(String words);

    @Message("Articles")
    String articles();

    @Message("Any")
    String any();

    @Message("Status")
    String status();

    @Message("Overdue only")
    String overdueOnly();

    @Message("Search")
    String search();

    @Message("Title or external id")
    String searchHint();

    @Message("Nothing matches these filters.")
    String noMatch();

    @Message("No articles yet.")
    String noArticles();

    @Message("Article")
    String columnTitle();

    @Message("Progress")
    String columnProgress();

    @Message("Due")
    String columnDue();

    @Message("Priority")
    String columnPriority();

    @Message("Imported")
    String columnImported();

    @Message("late")
    String late();

    @Message("Pages")
    String pages();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Page {page} of {pages} · {total} in all")
    String pageOf(String page, String pages, String total);

    @Message("Translate into {language}")
    String translateInto(String language);

    @Message("Review {language}")
    String reviewIn(String language);

    @Message("Translation ({language})")
    String translationIn(String language);

    @Message("{segments} segments ({words} words) waiting")
    String waitingAmount(String segments, String words);

    @Message("{language}: {percent} approved — {approved} of {words} words approved, {translated} waiting for review; {segApproved} of {segments} segments")
    String barSummary(String language, String percent, String approved, String translated, String words, String segApproved, String segments);

    @Message("{approved} approved, {translated} waiting for review, of {segments} segments")
    String articleCounts(String approved, String translated, String segments);

    @Message("Written in {source} · {file} · {segments} segments, {words} words")
    String articleMeta(String source, String file, int segments, int words);

    @Message("Close")
    String close();

    @Message("Document")
    String document();

    @Message("HTML, Markdown, plain text, DOCX, XLIFF or JSON; up to {size}.")
    String documentHint(String size);

    @Message("Download")
    String download();

    @Message("Original document")
    String downloadOriginal();

    @Message("Draft preview")
    String draftPreview();

    @Message("Import")
    String importButton();

    @Message("The document was not imported")
    String importRefused();

    @Message("Not complete yet")
    String notCompleteYet();

    @Message("Higher comes first in the queues (−1000 to 1000).")
    String priorityHint();

    @Message("Revision {number}")
    String revisionNumber(int number);

    @Message("Source updates and exchange")
    String revisionsAndExchange();

    @Message("Segments")
    String segments();

    @Message("Source")
    String source();

    @Message("Source language")
    String sourceLanguage();

    @Message("Translate into")
    String targetLanguages();

    @Message("Title (optional: else the first sentence)")
    String titleOptional();

    @Message("Translations")
    String translations();

    @Message("Shortcuts")
    String shortcuts();

    @Message("Previous / next segment")
    String keyMove();

    @Message("Show these shortcuts")
    String keyHelp();

    @Message("Submit the translation and go to the next segment")
    String keySubmit();

    @Message("submit")
    String keySubmitShort();

    @Message("Save a draft now (drafts also save by themselves)")
    String keyDraft();

    @Message("draft")
    String keyDraftShort();

    @Message("Copy the source into the editor")
    String keyCopySource();

    @Message("Use memory suggestion 1…9")
    String keySuggestion();

    @Message("Insert inline code 1…9 (wraps the selection; moves it if already placed)")
    String keyCode();

    @Message("next")
    String keyNextShort();

    @Message("Approve and go to the next segment")
    String keyApprove();

    @Message("approve")
    String keyApproveShort();

    @Message("Reject with a comment")
    String keyReject();

    @Message("reject")
    String keyRejectShort();

    @Message("Loading your segments…")
    String wbLoading();

    @Message("Saving…")
    String wbSaving();

    @Message("Draft saved")
    String wbSaved();

    @Message("Submitted")
    String wbSubmitted();

    @Message("Not saved to the server (kept in this browser); retrying")
    String wbOffline();

    @Message("Restored unsaved text from %1")
    String wbRestored();

    @Message("Someone else changed this segment. Choose the text to keep:")
    String wbConflict();

    @Message("Keep mine")
    String wbKeepMine();

    @Message("Take theirs")
    String wbTakeTheirs();

    @Message("Theirs")
    String wbTheirs();

    @Message("Mine")
    String wbMine();

    @Message("codes %1/%2")
    String wbCodes();

    @Message("missing code %1")
    String wbCodesMissing();

    @Message("code %1 is not in the source")
    String wbCodesExtra();

    @Message("Nothing waiting in this language right now.")
    String wbNothing();

    @Message("%1 segments held until %2")
    String wbLease();

    @Message("Translation of segment %1")
    String wbSegment();

    @Message("context")
    String wbContext();

    @Message("Memory suggestions")
    String wbSuggestions();

    @Message("No memory suggestions for this segment.")
    String wbNoSuggestions();

    @Message("Insert code %1")
    String wbInsertCode();

    @Message("Not accepted:")
    String wbFailed();

    @Message("Comment for the translator")
    String wbComment();

    @Message("Reject")
    String wbReject();

    @Message("Approve")
    String wbApprove();

    @Message("History")
    String wbHistory();

    @Message("Reviewer's comment:")
    String wbLastComment();

    @Message("Write a comment first: it tells the translator what to change.")
    String wbCommentNeeded();

    @Message("Article")
    String wbArticle();

    @Message("Copy source")
    String wbCopySource();
}
