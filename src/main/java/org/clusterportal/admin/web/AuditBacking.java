package org.clusterportal.admin.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Subjects with a page of their own, linked from the entry (admins may open each of them). */
    private static final Set<String> LINKED_TYPES = Set.of(AuditLog.ACCOUNT, "agreement", "event", "offer");

    @Inject
    private AuditLog auditLog;

    @Inject
    private CurrentPerson currentPerson;

    private final AuditFilter filter = new AuditFilter();
    private PagedList<AuditEntry> entries;

    /** The names of the accounts the shown page of entries is about, read with the page. */
    private Map<String, String> accountNames = new HashMap<>();

    @PostConstruct
    void init() {
        Viewer viewer = currentPerson.viewer();
        entries = new PagedList<>(() -> auditLog.count(viewer, filter), (first, pageSize) -> {
            List<AuditEntry> page = auditLog.list(viewer, filter, first, pageSize);
            accountNames = new HashMap<>(auditLog.accountNames(viewer, page));
            return page;
        });
    }

    /** The person an entry about an account is about, by name; else the name it was written with, else the account id. */
    public String accountName(AuditEntry entry) {
        String name = accountNames.get(entry.getObjectId());
        if (name != null) {
            return name;
        }
        return entry.getObjectTitle() != null ? entry.getObjectTitle() : entry.getObjectId();
    }

    /** Whether the page links the entry's subject to its own page. */
    public boolean linked(AuditEntry entry) {
        return LINKED_TYPES.contains(entry.getObjectType());
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
