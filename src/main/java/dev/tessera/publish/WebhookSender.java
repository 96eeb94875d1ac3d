package dev.tessera.publish;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Makes one delivery attempt: checks the address again (DNS may have changed since the
 * endpoint was saved), signs the body, POSTs it over HTTP/1.1 without following redirects,
 * and reports what happened. Never called inside a database transaction; never logs the body,
 * the secret or the signature.
 *
 * <p>The host is resolved exactly once per attempt, by {@link AddressGuard#check}, and the
 * connection goes to that checked address: the Vert.x client is given it as the server to
 * connect to, while the URL's host name still makes the {@code Host} header, the TLS server
 * name (SNI) and the name the certificate is verified against. (The JDK's HTTP client resolves
 * the name itself, a second time, and on Java 17 offers no way to hand it an address; a name
 * that answered with a public address to the check and with a private one to the client —
 * DNS rebinding — would have reached the inside of the network.)
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
            return "Message[" + webhookId + "]"; // never the URL (it may carry a token) or the secrets
        }
    }

    /** An answer: its status, a header, and the first characters of its body. */
    private record Answer(int status, String retryAfter, String excerpt) {
    }

    private final WebhookConfig config;
    private final AddressGuard guard;
    private final HttpClient client;

    @Inject
    public WebhookSender(WebhookConfig config, Vertx vertx) {
        this(config, vertx, new AddressGuard(config.allowPrivateAddresses()));
    }

    /** With the address guard (and so the name resolution) given: tests. */
    WebhookSender(WebhookConfig config, Vertx vertx, AddressGuard guard) {
        this.config = config;
        this.guard = guard;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setVerifyHost(true)
                .setForceSni(true) // the URL's name as TLS server name, though the connection goes to an address
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis()))
                .setKeepAlive(true));
    }

    /** Sends one attempt; blocks the calling (worker) thread until it ends. */
    public Outcome send(Message message) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        AddressGuard.Checked checked = guard.check(message.url());
        if (checked.refusal().isPresent()) {
            return new Outcome(started, 0, null, "refused: " + checked.refusal().get(), null, Optional.empty());
        }
        long timestamp = started.getEpochSecond();
        RequestOptions options = requestTo(URI.create(message.url().strip()), checked.address().orElseThrow())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", USER_AGENT)
                .putHeader("webhook-id", message.webhookId())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature",
                        WebhookSigner.signature(message.webhookId(), timestamp, message.payload(), message.secrets()));
        Buffer body = Buffer.buffer(message.payload().getBytes(StandardCharsets.UTF_8));
        CompletableFuture<Answer> future = client.request(options)
                .compose(request -> exchange(request, body))
                .toCompletionStage().toCompletableFuture();
        try {
            // The request timeout covers the wait for each answer; this also bounds reading the body.
            Answer answer = future.get(config.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            int status = answer.status();
            Optional<Duration> retryAfter = status == 429 || status == 503
                    ? RetryPolicy.parseRetryAfter(answer.retryAfter(), Instant.now())
                    : Optional.empty();
            String error = status >= 200 && status < 300 ? null
                    : status >= 300 && status < 400 ? "redirect " + status + " (not followed)" : "HTTP " + status;
            return new Outcome(started, millisSince(t0), status, error, answer.excerpt(), retryAfter);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failure(started, t0, "timeout after " + config.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failure(started, t0, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String name = cause.getClass().getSimpleName();
            if (name.contains("Timeout")) {
                return failure(started, t0, "timeout after " + config.timeout().toMillis() + " ms");
            }
            return failure(started, t0, cut(describe(cause), 300));
        }
    }

    /**
     * What went wrong, in words for the delivery log that an admin reads: the kind of failure,
     * never the name of a Java class.
     */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "the host name did not resolve";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to the host";
            }
            if (t instanceof ConnectException) {
                return "could not connect: the connection was refused";
            }
            if (t instanceof SSLException) {
                return "the TLS handshake failed" + detail(t);
            }
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
                return "the connection closed before an answer came";
            }
            if (t instanceof SocketException) {
                return "the connection failed" + detail(t);
            }
        }
        return "the request failed" + detail(failure);
    }

    private static String detail(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? "" : ": " + t.getMessage();
    }

    /** The POST to the URL, connecting to {@code address}; host name, port, path and TLS from the URL. */
    private RequestOptions requestTo(URI uri, InetAddress address) {
        boolean tls = "https".equals(uri.getScheme().toLowerCase(Locale.ROOT));
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        return new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(AddressGuard.hostOf(uri.toString()))
                .setPort(port)
                .setSsl(tls)
                .setURI(path)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(config.timeout().toMillis())
                .setTimeout(config.timeout().toMillis());
    }

    /**
     * Sends the body and reads the answer. The answer's reader is attached before the body
     * goes out, here on the request's event loop: the answer's head then reaches it in the same
     * task, before any of the answer's body. (Attached from the calling thread after the send,
     * as {@code send(body).compose(read)} chained there does, a quick answer could end before
     * the reader was attached; the attempt then failed with "Response already ended" and the
     * receiver got the message again on the retry.)
     */
    private Future<Answer> exchange(HttpClientRequest request, Buffer body) {
        Promise<Answer> answer = Promise.promise();
        request.response().onComplete(response -> {
            if (response.succeeded()) {
                read(response.result(), answer);
            } else {
                answer.tryFail(response.cause());
            }
        });
        request.end(body).onFailure(answer::tryFail);
        return answer.future();
    }

    /** Keeps the first characters of the body for the log and stops reading after them. */
    private void read(HttpClientResponse response, Promise<Answer> answer) {
        int limit = config.excerptLength();
        Buffer kept = Buffer.buffer();
        Runnable complete = () -> {
            String text = kept.toString(StandardCharsets.UTF_8);
            answer.tryComplete(new Answer(response.statusCode(), response.getHeader("Retry-After"),
                    text.length() <= limit ? text : text.substring(0, limit)));
        };
        response.handler(chunk -> {
            int room = limit * 4 - kept.length();
            if (room > 0) {
                kept.appendBuffer(chunk.length() <= room ? chunk : chunk.getBuffer(0, room));
            }
            if (kept.length() >= limit * 4) {
                complete.run();
                response.request().reset(); // the rest of the body is not wanted
            }
        });
        response.exceptionHandler(e -> complete.run()); // what came before the error is still worth logging
        response.endHandler(v -> complete.run());
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
        client.close();
    }
}
