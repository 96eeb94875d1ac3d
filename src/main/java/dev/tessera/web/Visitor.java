package dev.tessera.web;

import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import dev.tessera.language.Languages;
import dev.tessera.web.PageFrame.Link;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in person as the pages see them: which menu entries and workbenches they get,
 * in which languages. Built from {@link CurrentUser}, so pages never read roles themselves.
 */
@RequestScoped
public class Visitor {

    private final CurrentUser user;
    private final Languages languages;
    private final UiLocale ui;
    private final UiText text;

    public Visitor(CurrentUser user, Languages languages, UiLocale ui, UiText text) {
        this.user = user;
        this.languages = languages;
        this.ui = ui;
        this.text = text;
    }

    public boolean editor() {
        return user.has(Role.EDITOR) || user.has(Role.ADMIN);
    }

    public boolean admin() {
        return user.has(Role.ADMIN);
    }

    public boolean translates() {
        return user.has(Role.TRANSLATOR);
    }

    public boolean reviews() {
        return user.has(Role.REVIEWER);
    }

    /** The languages this person works in, in the configured order. */
    public List<String> workLanguages() {
        return languages.codes().stream().filter(user::worksIn).toList();
    }

    public PageFrame frame(String title, String section) {
        List<Link> workspace = new ArrayList<>();
        for (String lang : translates() || reviews() ? workLanguages() : List.<String>of()) {
            String name = ui.languageName(lang);
            if (translates()) {
                workspace.add(new Link("/translate/" + lang, text.translateInto(name),
                        section.equals("translate/" + lang)));
            }
            if (reviews()) {
                workspace.add(new Link("/review/" + lang, text.reviewIn(name), section.equals("review/" + lang)));
            }
        }
        List<Link> uiLanguages = UiLocale.SUPPORTED.stream()
                .map(code -> new Link(code, ownName(code), code.equals(ui.tag()))).toList();
        return new PageFrame(title, section, ui.tag(), user.username(), editor(), admin(), workspace, uiLanguages);
    }

    /** A language named in itself, as language menus do ("Türkçe", "Русский"). */
    static String ownName(String code) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
