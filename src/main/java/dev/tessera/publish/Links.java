package dev.tessera.publish;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Absolute links in webhook payloads. Payloads are thin — a link to the document, not the
 * document — so the receiver needs Tessera's address: {@code tessera.publish.public-url}, or
 * {@code http://localhost:<port>} when it is not set.
 */
@ApplicationScoped
public class Links {

    private final PublishConfig config;

    public Links(PublishConfig config) {
        this.config = config;
    }

    public String document(long articleId, String lang) {
        return base() + "/api/articles/" + articleId + "/translations/" + lang + "/document";
    }

    private String base() {
        if (config.publicUrl().isPresent()) {
            String url = config.publicUrl().get().strip();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        // The port actually listened on (a random test port is published under quarkus.http.test-port).
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        int port = ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(8080);
        return "http://localhost:" + port;
    }
}
