package dev.tessera.auth;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.api.Problems;
import dev.tessera.auth.AccountViews.CreateToken;
import dev.tessera.auth.AccountViews.CreatedToken;
import dev.tessera.auth.AccountViews.TokenView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * API tokens: a user creates them for themself, an admin for anyone. The token is returned
 * once; only its digest is kept. Users see and revoke their own tokens, admins all.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    public CreatedToken create(CreateToken request, CurrentUser actor) {
        long owner = request.userId() == null ? actor.id() : request.userId();
        if (owner != actor.id()) {
            requireAdmin(actor, "Only an admin creates tokens for other users");
            User.<User>findByIdOptional(owner).orElseThrow(() -> Problems.notFound("User", owner));
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
            throw Problems.invalidField("expiresAt", "must be in the future");
        }
        String secret = Secrets.newToken();
        ApiToken token = new ApiToken();
        token.userId = owner;
        token.name = request.name().strip();
        token.tokenPrefix = Secrets.visiblePrefix(secret);
        token.tokenHash = Secrets.digest(secret);
        token.createdBy = actor.id();
        token.expiresAt = request.expiresAt();
        token.persist();
        return new CreatedToken(token.id, token.userId, token.name, token.tokenPrefix, token.createdAt,
                token.expiresAt, secret);
    }

    /** The actor's own tokens, or (admins only) those of one user or of everyone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TokenView> list(CurrentUser actor, Long userId, boolean all, PageRequest page) {
        var query = all || (userId != null && userId != actor.id())
                ? listForAdmin(actor, userId)
                : ApiToken.<ApiToken>find("userId", Sort.by("createdAt").descending(), actor.id());
        List<ApiToken> tokens = query.page(page.page, page.size).list();
        return new Page<>(tokens.stream().map(TokenView::of).toList(), page.page, page.size, query.count());
    }

    private static PanacheQuery<ApiToken> listForAdmin(CurrentUser actor, Long userId) {
        requireAdmin(actor, "Only an admin lists other users' tokens");
        Sort sort = Sort.by("createdAt").descending();
        return userId == null ? ApiToken.findAll(sort) : ApiToken.find("userId", sort, userId);
    }

    public TokenView revoke(long id, CurrentUser actor) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Token", id));
        if (token.userId != actor.id()) {
            requireAdmin(actor, "Only an admin revokes other users' tokens");
        }
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
        }
        return TokenView.of(token);
    }

    private static void requireAdmin(CurrentUser actor, String why) {
        if (!actor.has(Role.ADMIN)) {
            throw Problems.of(ErrorCode.ROLE_MISSING, why);
        }
    }
}
