package dev.tessera.events;

import java.util.List;

/**
 * The names of the events Tessera records in its outbox and delivers to webhooks. They are
 * part of the public contract with publishing systems, so they never change once released.
 */
public final class EventTypes {

    /** Every segment of an article's current revision is approved in one language. */
    public static final String LANGUAGE_COMPLETED = "article.language.completed";
    /** Every target language of an article's current revision is complete. */
    public static final String ARTICLE_COMPLETED = "article.completed";
    /** A language that was complete is no longer (a source update, or an approval taken back). */
    public static final String LANGUAGE_REOPENED = "article.language.reopened";
    /** A test message an admin sends to one webhook endpoint. */
    public static final String WEBHOOK_TEST = "webhook.test";

    /** The types a webhook endpoint may subscribe to ({@link #WEBHOOK_TEST} goes only where it is asked for). */
    public static final List<String> SUBSCRIBABLE = List.of(LANGUAGE_COMPLETED, ARTICLE_COMPLETED, LANGUAGE_REOPENED);

    private EventTypes() {
    }
}
