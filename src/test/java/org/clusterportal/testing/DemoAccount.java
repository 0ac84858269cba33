package org.clusterportal.testing;

/** The demo accounts of realm-config/ (README lists them), with the names the demo data gives them. */
public enum DemoAccount {

    ADMIN("admin", "Admin-Portal-2026", "Ewa Nowak"),
    COORDINATOR("coordinator", "Coordinator-Portal-2026", "Piotr Kowalski"),
    MEMBER("member", "Member-Portal-2026", "Anna Wiśniewska"),
    MEMBER2("member2", "Member2-Portal-2026", "Tomasz Zieliński");

    private final String username;
    private final String password;
    private final String displayName;

    DemoAccount(String username, String password, String displayName) {
        this.username = username;
        this.password = password;
        this.displayName = displayName;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String displayName() {
        return displayName;
    }
}
