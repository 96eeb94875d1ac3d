package dev.tessera.publish;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes one delivery attempt: checks the address again (DNS may have changed since the
 * endpoint was saved), signs the body, POSTs it over HTTP/1.1 without following redirects,
 * and reports what happened. Never called inside a database transaction; never logs the body,
 * the secret or the signature.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String USER_AGENT = "Tessera-Webhooks/1";

    /** What one attempt came to. {@code statusCode} is null when no answer came. */
    public record Outcome(Instant startedAt, long durationMillis, Integer statusCode, String error, String excerpt,
                          Optional<Duration> retryAfter) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        /** 410 Gone: the receiver says the endpoint is no more. */
        public boolean gone() {
            return statusCode != null && statusCode == 410;
        }
    }

    /** The message to send. */
    public record Message(String url, String webhookId, String payload, List<String> secrets) {
        @Override
        public String toString() {
            return "Message[" + webhookId + " to " + url + "]"; // never the secrets
        }
    }

    private final WebhookConfig config;
    private final AddressGuard guard;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "webhook-http");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client;

    public WebhookSender(WebhookConfig config) {
        this.config = config;
        this.guard = new AddressGuard(config.allowPrivateAddresses());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.timeout())
                .executor(executor)
                .build();
    }

    public Outcome send(Message message) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Optional<String> refusal = guard.refusal(message.url());
        if (refusal.isPresent()) {
            return new Outcome(started, 0, null, "refused: " + refusal.get(), null, Optional.empty());
        }
        long timestamp = started.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(message.url().strip()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", message.webhookId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        WebhookSigner.signature(message.webhookId(), timestamp, message.payload(), message.secrets()))
                .POST(HttpRequest.BodyPublishers.ofString(message.payload(), StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<String>> future =
                client.sendAsync(request, info -> new Excerpt(config.excerptLength()));
        try {
            // The request timeout covers the wait for headers; this also bounds reading the body.
            HttpResponse<String> response = future.get(config.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            Optional<Duration> retryAfter = status == 429 || status == 503
                    ? RetryPolicy.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null), Instant.now())
                    : Optional.empty();
            String error = status >= 200 && status < 300 ? null
                    : status >= 300 && status < 400 ? "redirect " + status + " (not followed)" : "HTTP " + status;
            return new Outcome(started, millisSince(t0), status, error, response.body(), retryAfter);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failure(started, t0, "timeout after " + config.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failure(started, t0, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return failure(started, t0, "timeout after " + config.timeout().toMillis() + " ms");
            }
            String detail = cause.getMessage() == null ? "" : ": " + cause.getMessage();
            return failure(started, t0, cut(cause.getClass().getSimpleName() + detail, 300));
        }
    }

    private static Outcome failure(Instant started, long t0, String error) {
        return new Outcome(started, millisSince(t0), null, error, null, Optional.empty());
    }

    private static long millisSince(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Keeps the first bytes of a response body for the log and stops reading after them. */
    private static final class Excerpt implements HttpResponse.BodySubscriber<String> {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Excerpt(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                byte[] chunk = new byte[Math.min(item.remaining(), Math.max(0, limit * 4 - bytes.size()))];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }
            if (bytes.size() >= limit * 4) {
                subscription.cancel();
                complete();
            }
        }

        @Override
        public void onError(Throwable throwable) {
            complete(); // what came before the error is still worth logging
        }

        @Override
        public void onComplete() {
            complete();
        }

        private void complete() {
            String text = bytes.toString(StandardCharsets.UTF_8);
            result.complete(text.length() <= limit ? text : text.substring(0, limit));
        }
    }
}
