package dev.tessera.auth;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.api.Problems;
import dev.tessera.auth.AccountViews.ChangePassword;
import dev.tessera.auth.AccountViews.CreateUser;
import dev.tessera.auth.AccountViews.UpdateUser;
import dev.tessera.auth.AccountViews.UserView;
import dev.tessera.language.Languages;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Creating, changing and listing user accounts. Two rules guard the accounts themselves: the
 * last enabled admin cannot lose the role or be disabled (nobody could manage users after),
 * and a new password ends the user's other browser sessions.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
@Transactional
public class Accounts {

    private final Languages languages;
    private final BrowserSessions sessions;
    private final EntityManager em;

    public Accounts(Languages languages, BrowserSessions sessions, EntityManager em) {
        this.languages = languages;
        this.sessions = sessions;
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserView> list(PageRequest page) {
        var query = User.<User>findAll(Sort.by("username"));
        List<User> users = query.page(page.page, page.size).list();
        return new Page<>(users.stream().map(UserView::of).toList(), page.page, page.size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView get(long id) {
        return UserView.of(find(id));
    }

    public UserView create(CreateUser request) {
        if (User.findByUsername(request.username()).isPresent()) {
            throw Problems.builder(ErrorCode.USERNAME_TAKEN, "username: '" + request.username() + "' is taken")
                    .with("field", "username").build();
        }
        User user = new User();
        user.username = request.username();
        user.displayName = request.displayName() == null || request.displayName().isBlank()
                ? request.username() : request.displayName().strip();
        user.passwordHash = Secrets.hashPassword(request.password());
        user.roles = roles(request.roles() == null ? List.of() : request.roles());
        user.languages = languageList(request.languages() == null ? List.of() : request.languages());
        user.persist();
        return UserView.of(user);
    }

    public UserView update(long id, UpdateUser request) {
        User user = find(id);
        String[] newRoles = request.roles() == null ? null : roles(request.roles());
        boolean staysAdmin = newRoles == null ? user.hasRole(Role.ADMIN) : List.of(newRoles).contains(Role.ADMIN_ID);
        boolean staysEnabled = request.enabled() == null ? user.enabled : request.enabled();
        if (user.enabled && user.hasRole(Role.ADMIN) && !(staysAdmin && staysEnabled)) {
            requireAnotherAdmin(user);
        }
        if (request.displayName() != null) {
            user.displayName = request.displayName().strip();
        }
        if (request.password() != null) {
            user.passwordHash = Secrets.hashPassword(request.password());
            sessions.endAllOf(user.id, Optional.empty()); // set by an admin: the user signs in again
        }
        if (newRoles != null) {
            user.roles = newRoles;
        }
        if (request.languages() != null) {
            user.languages = languageList(request.languages());
        }
        if (request.enabled() != null) {
            user.enabled = request.enabled();
        }
        user.updatedAt = Instant.now();
        return UserView.of(user);
    }

    /** Keeps the language of the pages a user chose (the caller knows which the pages speak). */
    public void setUiLanguage(long id, String lang) {
        User user = find(id);
        user.uiLang = lang;
        user.updatedAt = Instant.now();
    }

    /** Changes one's own password and ends every other session of the user; {@code keep} is the asking session. */
    public void changePassword(long id, ChangePassword request, Optional<String> keep) {
        User user = find(id);
        if (!Secrets.passwordMatches(request.currentPassword(), user.passwordHash)) {
            throw Problems.invalidField("currentPassword", "does not match the current password");
        }
        user.passwordHash = Secrets.hashPassword(request.newPassword());
        user.updatedAt = Instant.now();
        sessions.endAllOf(user.id, keep);
    }

    /**
     * Refuses (409 {@code LAST_ADMIN}) a change that would leave no enabled admin. The enabled
     * admins' rows are locked first, so two admins demoting each other at once cannot both succeed.
     */
    private void requireAnotherAdmin(User user) {
        List<?> admins = em.createNativeQuery("SELECT id FROM app_user WHERE enabled AND 'admin' = ANY (roles)"
                + " ORDER BY id FOR UPDATE").getResultList();
        boolean another = admins.stream().anyMatch(a -> ((Number) a).longValue() != user.id);
        if (!another) {
            throw Problems.builder(ErrorCode.LAST_ADMIN, "'" + user.username
                    + "' is the last enabled admin: make another user an admin first").build();
        }
    }

    private static User find(long id) {
        return User.<User>findByIdOptional(id).orElseThrow(() -> Problems.notFound("User", id));
    }

    private static String[] roles(List<String> requested) {
        for (String role : requested) {
            if (Role.fromId(role).isEmpty()) {
                throw Problems.invalidField("roles", "'" + role + "' is not one of translator, reviewer, editor, admin");
            }
        }
        return requested.stream().distinct().toArray(String[]::new);
    }

    private String[] languageList(List<String> requested) {
        requested.forEach(code -> languages.require("languages", code));
        return requested.stream().distinct().toArray(String[]::new);
    }
}
