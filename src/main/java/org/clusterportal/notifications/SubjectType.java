package org.clusterportal.notifications;

/** The objects notices and discussions are about, each with the page that shows it. */
public enum SubjectType {

    AGREEMENT("/agreements/view.xhtml?id="),
    ORGANISATION("/organisations/view.xhtml?id="),
    OFFER("/offers/view.xhtml?id="),
    EVENT("/events/view.xhtml?id="),
    PROPOSAL("/proposals/view.xhtml?id="),
    /** A proposal's workspace: its discussion is for the consortium only. */
    WORKSPACE("/proposals/workspace.xhtml?id=");

    private final String page;

    SubjectType(String page) {
        this.page = page;
    }

    /** The path of the object's page, relative to the portal's context root. */
    public String path(long id) {
        return page + id;
    }
}
