package org.clusterportal.admin.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.notifications.OutboxAdministration;
import org.clusterportal.notifications.OutboxMessage.OutboxStatus;
import org.clusterportal.notifications.OutboxRow;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** admin/outbox.xhtml: the e-mails waiting, sent and given up, by state, paged in the database; one sent again now. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxAdministration outbox;

    @Inject
    private CurrentPerson currentPerson;

    private OutboxStatus status;
    private LazyDataModel<OutboxRow> messages;

    @PostConstruct
    void init() {
        messages = new Rows();
    }

    /** Makes the message due now; the table shows it waiting again. */
    public void retry(long id) {
        try {
            outbox.retry(currentPerson.viewer(), id);
            Feedback.info("outbox.retried");
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "outboxForm");
        }
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public void setStatus(OutboxStatus status) {
        this.status = status;
    }

    public LazyDataModel<OutboxRow> getMessages() {
        return messages;
    }

    /** The page's rows, counted and loaded by the service with the state chosen now. */
    private final class Rows extends LazyDataModel<OutboxRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(outbox.count(currentPerson.viewer(), status));
        }

        @Override
        public List<OutboxRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return outbox.list(currentPerson.viewer(), status, first, pageSize);
        }

        @Override
        public String getRowKey(OutboxRow row) {
            return String.valueOf(row.getId());
        }
    }
}
