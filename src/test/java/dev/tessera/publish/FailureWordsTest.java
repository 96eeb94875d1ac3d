package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The delivery log says what went wrong in words, never with the name of a Java class. */
class FailureWordsTest {

    @Test
    void eachKindOfFailureHasItsWords() {
        assertThat(WebhookSender.describe(new UnknownHostException("cms.example"))).isEqualTo("the host name did not resolve");
        assertThat(WebhookSender.describe(new NoRouteToHostException("No route"))).isEqualTo("no route to the host");
        assertThat(WebhookSender.describe(new ConnectException("Connection refused: /127.0.0.1:9")))
                .isEqualTo("could not connect: the connection was refused");
        assertThat(WebhookSender.describe(new SSLHandshakeException("PKIX path building failed")))
                .isEqualTo("the TLS handshake failed: PKIX path building failed");
        assertThat(WebhookSender.describe(new HttpClosedException("Connection was closed")))
                .isEqualTo("the connection closed before an answer came");
        assertThat(WebhookSender.describe(new ClosedChannelException()))
                .isEqualTo("the connection closed before an answer came");
        assertThat(WebhookSender.describe(new SocketException("Connection reset")))
                .isEqualTo("the connection failed: Connection reset");
        assertThat(WebhookSender.describe(new IOException("stream ended"))).isEqualTo("the request failed: stream ended");
        assertThat(WebhookSender.describe(new IllegalStateException())).isEqualTo("the request failed");
    }

    @Test
    void theCauseDecidesWhenTheFailureOnlyWrapsIt() {
        assertThat(WebhookSender.describe(new RuntimeException("wrapped", new ConnectException("refused"))))
                .isEqualTo("could not connect: the connection was refused");
        assertThat(WebhookSender.describe(new RuntimeException(" ", null))).isEqualTo("the request failed");
    }
}
