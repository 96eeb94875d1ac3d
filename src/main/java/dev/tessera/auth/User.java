package dev.tessera.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person (or the CMS) who signs in: roles, working languages, a bcrypt password hash. */
// Alike by shape only: its column mappings look like other entities'; each maps its own table.
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(generator = "app_user_seq")
    public Long id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] roles = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] languages = new String[0];

    public boolean enabled = true;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    /** The language of the pages the user chose; null leaves it to the browser. */
    @Column(name = "ui_lang")
    public String uiLang;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean hasRole(Role role) {
        return Arrays.asList(roles).contains(role.id());
    }
}
