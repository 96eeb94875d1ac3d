package dev.tessera.demo;

import dev.tessera.auth.AccountViews.CreateUser;
import dev.tessera.auth.Accounts;
import dev.tessera.auth.Role;
import dev.tessera.auth.Secrets;
import dev.tessera.auth.User;
import dev.tessera.language.Languages;
import dev.tessera.translation.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One account per role for trying Tessera out: a translator and a reviewer for every target
 * language of the demo, and an editor. Made through {@link Accounts} like any account, each
 * with a random password that is returned once (the page that loaded the demo shows it) and
 * stored only as a hash. Removing them deletes an account nothing else refers to and disables
 * one that has done real work outside the demo, so that work keeps its author.
 */
@ApplicationScoped
public class DemoAccounts {

    /** A demo account as created. */
    record Account(String username, String displayName, String role, List<String> languages) {
    }

    /** An account created just now, with the password that signs it in. */
    public record Credentials(String username, String role, String password) {
        @Override
        public String toString() {
            return "Credentials[" + username + "]"; // never the password
        }
    }

    static final Account TRANSLATOR = new Account("demo-translator", "Demo translator", Role.TRANSLATOR_ID, List.of("tr", "ru"));
    static final Account REVIEWER = new Account("demo-reviewer", "Demo reviewer", Role.REVIEWER_ID, List.of("tr", "ru"));
    static final Account EDITOR = new Account("demo-editor", "Demo editor", Role.EDITOR_ID, List.of());
    static final List<Account> ALL = List.of(TRANSLATOR, REVIEWER, EDITOR);

    private final Accounts accounts;
    private final Languages languages;
    private final EntityManager em;

    public DemoAccounts(Accounts accounts, Languages languages, EntityManager em) {
        this.accounts = accounts;
        this.languages = languages;
        this.em = em;
    }

    /** Creates the demo accounts that do not exist yet; returns those, with their passwords. */
    public List<Credentials> create() {
        List<Credentials> created = new ArrayList<>();
        for (Account account : ALL) {
            if (User.findByUsername(account.username()).isPresent()) {
                continue;
            }
            String password = Secrets.newPassword();
            List<String> known = account.languages().stream().filter(languages::isKnown).toList();
            QuarkusTransaction.requiringNew().run(() -> accounts.create(new CreateUser(account.username(),
                    account.displayName(), password, List.of(account.role()), known)));
            created.add(new Credentials(account.username(), account.role(), password));
        }
        return created;
    }

    /** The account as the workflow sees it, if it exists and is enabled. */
    Optional<Actor> actor(Account account) {
        return User.findByUsername(account.username()).filter(u -> u.enabled).map(u -> new Actor(u.id,
                Arrays.stream(u.roles).map(r -> Role.fromId(r).orElseThrow()).collect(Collectors.toSet()),
                Set.of(u.languages)));
    }

    /** Whether any demo account exists. */
    boolean anyExists() {
        return ALL.stream().anyMatch(a -> User.findByUsername(a.username()).isPresent());
    }

    /**
     * Removes the demo accounts: their sessions and tokens go; each account is deleted, or
     * disabled when other rows (work outside the demo) still name it. Returns how many were deleted.
     */
    int remove() {
        int deleted = 0;
        for (Account account : ALL) {
            Optional<Long> id = User.findByUsername(account.username()).map(u -> u.id);
            if (id.isEmpty()) {
                continue;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (String sql : List.of("DELETE FROM user_session WHERE user_id = ?1",
                            "DELETE FROM api_token WHERE user_id = ?1", "DELETE FROM app_user WHERE id = ?1")) {
                        em.createNativeQuery(sql).setParameter(1, id.get()).executeUpdate();
                    }
                });
                deleted++;
            } catch (PersistenceException stillReferenced) {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                                "UPDATE app_user SET enabled = false, updated_at = now() WHERE id = ?1")
                        .setParameter(1, id.get()).executeUpdate());
            }
        }
        return deleted;
    }
}
