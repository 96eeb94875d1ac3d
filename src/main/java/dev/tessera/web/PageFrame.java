package dev.tessera.web;

import java.util.List;

/**
 * What the layout of every page needs: where the person is (for the title and the menu), who
 * they are, and the language of the page.
 *
 * @param section   the menu entry to mark current ("dashboard", "import", "translate", "review", "admin")
 * @param workspace links to the workbenches of the user's languages
 */
public record PageFrame(String title, String section, String uiLang, String username, boolean editor,
                        boolean admin, List<Link> workspace, List<Link> uiLanguages) {

    /** A menu link with its label, and whether it is the current page or choice. */
    public record Link(String href, String label, boolean current) {
    }
}
