package dev.tessera.publish;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A webhook receiver for tests: an HTTP server on 127.0.0.1 whose paths answer from a script
 * (fail with a status, hang past the timeout, drop the connection, then succeed), and which
 * keeps every request it got so that tests can check headers, bodies and signatures.
 */
final class Receiver implements AutoCloseable {

    /** One scripted answer. */
    sealed interface Reply permits Status, Hang, Drop {
    }

    record Status(int code, Map<String, String> headers, String body) implements Reply {
    }

    record Hang(Duration duration) implements Reply {
    }

    record Drop() implements Reply {
    }

    /** A request as received. */
    record Request(String path, Map<String, List<String>> headers, String body, Instant at) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** Whether the Standard Webhooks signature verifies with this secret (the library's own check). */
        boolean verifies(String secret) {
            try {
                new Webhook(secret).verify(body, headers);
                return true;
            } catch (Exception e) {
                return false;
            }
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers for the next requests to {@code path}, in order; afterwards 200. */
    void script(String path, Reply... replies) {
        scripts.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(replies));
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits until {@code count} requests to {@code path} match, or fails after {@code timeout}. */
    List<Request> await(String path, int count, Duration timeout, Predicate<Request> matching) {
        long end = System.nanoTime() + timeout.toNanos();
        List<Request> found = new ArrayList<>();
        while (System.nanoTime() < end) {
            found = requests(path).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Expected " + count + " requests to " + path + " within " + timeout + ", got "
                + found.size() + ": " + requests(path));
    }

    List<Request> await(String path, int count, Duration timeout) {
        return await(path, count, timeout, r -> true);
    }

    static Reply status(int code) {
        return new Status(code, Map.of(), "status " + code);
    }

    static Reply status(int code, Map<String, String> headers) {
        return new Status(code, headers, "status " + code);
    }

    static Reply hang(Duration duration) {
        return new Hang(duration);
    }

    static Reply drop() {
        return new Drop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(path, Map.copyOf(exchange.getRequestHeaders()), body, Instant.now()));
        Deque<Reply> script = scripts.get(path);
        Reply reply = script == null ? null : script.poll();
        if (reply instanceof Drop) {
            exchange.close(); // before any response header: the connection is closed
            return;
        }
        if (reply instanceof Hang hang) {
            try {
                Thread.sleep(hang.duration().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Status status = reply instanceof Status s ? s : new Status(200, Map.of(), "ok");
        status.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] out = status.body().getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(status.code(), out.length);
            exchange.getResponseBody().write(out);
        } catch (IOException gone) {
            // the client gave up (timeout): nothing to answer to
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
