package org.clusterportal.admin.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditEntry;
import org.clusterportal.platform.audit.AuditFilter;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.PagedList;
import org.clusterportal.platform.security.Viewer;
import org.omnifaces.util.Faces;

/** admin/audit.xhtml: the audit log, filtered and paged in the database, and exported as CSV. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CurrentPerson currentPerson;

    private final AuditFilter filter = new AuditFilter();
    private PagedList<AuditEntry> entries;

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        entries = new PagedList<>(() -> auditLog.count(viewer, filter),
                (first, pageSize) -> auditLog.list(viewer, filter, first, pageSize));
    }

    /** The entries that match the filter, as a CSV file named by today's date. */
    public void export() throws IOException {
        Viewer viewer = currentPerson.viewer();
        Faces.sendFile("audit-log-" + LocalDate.now() + ".csv", true,
                output -> auditLog.exportCsv(viewer, filter, output));
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public PagedList<AuditEntry> getEntries() {
        return entries;
    }
}
