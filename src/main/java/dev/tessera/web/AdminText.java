package dev.tessera.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the administration pages, in English; Turkish and Russian in {@code messages/adm_tr.properties}
 * and {@code adm_ru.properties}. Templates use them as {@code {adm:key}}. A bundle of its own keeps
 * {@link UiText} to the pages every user sees.
 */
@MessageBundle("adm")
public interface AdminText {

    @Message("Users")
    String users();

    @Message("API tokens")
    String apiTokens();

    @Message("Webhooks")
    String webhooks();

    @Message("Languages")
    String languages();

    @Message("Administration sections")
    String adminSections();

    @Message("Display name")
    String displayName();

    @Message("Roles")
    String roles();

    @Message("Working languages")
    String workLanguages();

    @Message("Translators and reviewers work only in these; editors and admins in all.")
    String workLanguagesHint();

    @Message("State")
    String state();

    @Message("Created")
    String created();

    @Message("Enabled")
    String enabled();

    @Message("Disabled")
    String disabled();

    @Message("Create a user")
    String createUser();

    @Message("Create")
    String create();

    @Message("Save")
    String save();

    @Message("Edit")
    String edit();

    @Message("Enable")
    String enable();

    @Message("Disable")
    String disable();

    @Message("10 to 200 characters.")
    String passwordHint();

    @Message("2 to 64 characters: lower-case letters, digits, '.', '_' or '-'.")
    String usernameHint();

    @Message("Reset the password")
    String resetPassword();

    @Message("The user is signed out everywhere and signs in with the new password.")
    String resetPasswordHint();

    @Message("New password")
    String newPassword();

    @Message("Translator")
    String roleTranslator();

    @Message("Reviewer")
    String roleReviewer();

    @Message("Editor")
    String roleEditor();

    @Message("Admin")
    String roleAdmin();

    @Message("all")
    String allLanguages();

    @Message("none")
    String none();

    @Message("Created.")
    String doneCreated();

    @Message("Saved.")
    String doneSaved();

    @Message("The password was reset; the user's sessions have ended.")
    String donePassword();

    @Message("Enabled.")
    String doneEnabled();

    @Message("Disabled.")
    String doneDisabled();

    @Message("The token was revoked.")
    String doneRevoked();

    @Message("A test message was queued; it appears in the delivery log below.")
    String doneTest();

    @Message("The delivery was queued again.")
    String doneRedeliver();

    @Message("For user")
    String tokenOwner();

    @Message("Name")
    String tokenName();

    @Message("What uses it, e.g. \"CMS publishing\".")
    String tokenNameHint();

    @Message("Expires on (optional)")
    String expiresOn();

    @Message("Expires")
    String expires();

    @Message("never")
    String never();

    @Message("Last used")
    String lastUsed();

    @Message("Begins with")
    String prefix();

    @Message("Revoke")
    String revoke();

    @Message("Revoked")
    String revoked();

    @Message("Active")
    String active();

    @Message("Create a token")
    String createToken();

    @Message("No API tokens yet.")
    String noTokens();

    @Message("Copy it now: it is shown only this once.")
    String secretOnce();

    @Message("New token for {user}")
    String tokenCreated(String user);

    @Message("The endpoint's signing secret")
    String webhookCreated();

    @Message("URL")
    String url();

    @Message("Description")
    String description();

    @Message("Events")
    String events();

    @Message("Failures in a row")
    String failures();

    @Message("Add an endpoint")
    String createWebhook();

    @Message("No webhook endpoints yet.")
    String noWebhooks();

    @Message("Endpoint")
    String endpoint();

    @Message("Endpoint {id}")
    String endpointNumber(long id);

    @Message("Disabled: {reason}")
    String disabledBecause(String reason);

    @Message("Send a test message")
    String sendTest();

    @Message("Delivery log")
    String deliveries();

    @Message("Nothing delivered yet.")
    String noDeliveries();

    @Message("Event")
    String event();

    @Message("Attempts")
    String attempts();

    @Message("Last result")
    String lastResult();

    @Message("Next attempt")
    String nextAttempt();

    @Message("Redeliver")
    String redeliver();

    @Message("Attempt {attempt} · {time} · {duration} ms")
    String attemptLine(String attempt, String time, String duration);

    @Message("Code")
    String code();

    @Message("Name in this page's language")
    String nameHere();

    @Message("Own name")
    String ownName();

    @Message("The languages come from the configuration (tessera.languages); changing them needs a restart.")
    String languagesHint();

    @Message("People")
    String people();

    @Message("{translators} translators, {reviewers} reviewers")
    String translatorsReviewers(String translators, String reviewers);

    @Message("Pending")
    String statusPending();

    @Message("Delivered")
    String statusSucceeded();

    @Message("Failed")
    String statusFailed();

    @Message("Load demo articles")
    String loadDemo();

    @Message("Three short sample articles in English, Turkish and Russian, some work already done in them, and an account per role to try the workflow with. Removable in one step under Administration.")
    String loadDemoHint();

    @Message("Demo loaded")
    String demoLoaded();

    @Message("Sample articles")
    String demoArticles();

    @Message("{count} segments of the English article were translated, approved or sent for review by the demo accounts.")
    String demoWorkDone(int count);

    @Message("Demo accounts")
    String demoAccounts();

    @Message("Copy the passwords now: they are shown only this once.")
    String demoPasswordsOnce();

    @Message("Sign in as one of these to try its role: the translator works in Turkish and Russian, the reviewer reviews them, the editor sees everything.")
    String demoAccountsHint();

    @Message("The demo accounts already existed; their passwords are unchanged (an admin can set new ones under Users).")
    String demoAccountsExisted();

    @Message("To the dashboard")
    String toDashboard();

    @Message("Demo")
    String demo();

    @Message("Sample articles with some work done, and an account per role (demo-translator, demo-reviewer, demo-editor).")
    String demoAbsentHint();

    @Message("The demo is loaded. Removing it deletes the sample articles with all their work, what the memory learnt from them, and the demo accounts.")
    String demoPresentHint();

    @Message("Remove the demo")
    String removeDemo();

    @Message("The demo was removed.")
    String doneDemoRemoved();
}
