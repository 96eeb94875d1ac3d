package dev.tessera.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Creates the first admin account on first start: with {@code TESSERA_ADMIN_PASSWORD}, or with
 * a random password printed to the log once. Safe when several instances start together: the
 * insert is skipped when the user name already exists.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private final AdminConfig config;
    private final EntityManager em;

    public FirstAdmin(AdminConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        String password = config.password().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Secrets.newPassword();
        }
        int created = em.createNativeQuery("""
                        INSERT INTO app_user (id, username, display_name, password_hash, roles, languages)
                        VALUES (nextval('app_user_seq'), ?1, 'Administrator', ?2, ARRAY['admin'], '{}')
                        ON CONFLICT (username) DO NOTHING""")
                .setParameter(1, config.username())
                .setParameter(2, Secrets.hashPassword(password))
                .executeUpdate();
        if (created == 1 && generated) {
            // Printed this once, on purpose: there is no other way to learn it.
            LOG.warnf("Created admin account '%s' with the generated password: %s  (change it at PUT /api/me/password)",
                    config.username(), password);
        } else if (created == 1) {
            LOG.infof("Created admin account '%s' with the password from TESSERA_ADMIN_PASSWORD", config.username());
        }
    }
}
