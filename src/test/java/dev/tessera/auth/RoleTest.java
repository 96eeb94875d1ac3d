package dev.tessera.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Role ids as the API and {@code @RolesAllowed} spell them, and which roles work in every language. */
class RoleTest {

    @Test
    void idsAreTheLowerCaseNamesAndTheConstantsAgree() {
        assertThat(Role.TRANSLATOR.id()).isEqualTo(Role.TRANSLATOR_ID).isEqualTo("translator");
        assertThat(Role.REVIEWER.id()).isEqualTo(Role.REVIEWER_ID).isEqualTo("reviewer");
        assertThat(Role.EDITOR.id()).isEqualTo(Role.EDITOR_ID).isEqualTo("editor");
        assertThat(Role.ADMIN.id()).isEqualTo(Role.ADMIN_ID).isEqualTo("admin");
    }

    @Test
    void fromIdKnowsEveryRoleAndNothingElse() {
        for (Role role : Role.values()) {
            assertThat(Role.fromId(role.id())).contains(role);
        }
        assertThat(Role.fromId("ADMIN")).isEmpty();
        assertThat(Role.fromId("owner")).isEmpty();
        assertThat(Role.fromId(null)).isEmpty();
    }

    @Test
    void onlyEditorsAndAdminsWorkInEveryLanguage() {
        assertThat(Role.TRANSLATOR.allLanguages()).isFalse();
        assertThat(Role.REVIEWER.allLanguages()).isFalse();
        assertThat(Role.EDITOR.allLanguages()).isTrue();
        assertThat(Role.ADMIN.allLanguages()).isTrue();
    }

    @Test
    void worksInIsTheOneLanguageRuleAndIgnoresCase() {
        assertThat(Role.worksIn(Set.of(Role.TRANSLATOR), Set.of("pt-BR"), "pt-br")).isTrue();
        assertThat(Role.worksIn(Set.of(Role.TRANSLATOR), Set.of("tr"), "TR")).isTrue();
        assertThat(Role.worksIn(Set.of(Role.REVIEWER), Set.of("tr"), "ru")).isFalse();
        assertThat(Role.worksIn(Set.of(Role.TRANSLATOR), Set.of("tr"), null)).isFalse();
        assertThat(Role.worksIn(Set.of(), Set.of("tr"), "tr")).isTrue();
        assertThat(Role.worksIn(Set.of(Role.EDITOR), Set.of(), "ru")).isTrue();
        assertThat(Role.worksIn(Set.of(Role.ADMIN), Set.of(), "ru")).isTrue();
    }
}
