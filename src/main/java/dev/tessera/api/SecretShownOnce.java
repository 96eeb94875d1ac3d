package dev.tessera.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose answer shows a secret for the only time (a new API token, a webhook
 * secret, a generated password): {@link SecretShownOnceFilter} forbids every cache to keep it.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SecretShownOnce {
}
