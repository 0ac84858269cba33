package org.clusterportal.platform.security;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The "Log in" button's target. The URL is protected in {@code web.xml}, so reaching this servlet means the
 * Keycloak login has happened; it then sends the person to the page they came from, if that is one of ours.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The session attribute naming the page to come back to, when the login began elsewhere than a link. */
    public static final String NEXT = LoginServlet.class.getName() + ".next";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        HttpSession session = request.getSession(false);
        if (next == null && session != null && session.getAttribute(NEXT) instanceof String saved) {
            // Left by a session renewed after a change of roles (people.LoginFilter).
            session.removeAttribute(NEXT);
            next = saved;
        }
        response.sendRedirect(request.getContextPath() + localPath(next));
    }

    /** Only a path of this portal: never another host ("//evil.example", "https://…"), no open redirect. */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return next;
    }
}
