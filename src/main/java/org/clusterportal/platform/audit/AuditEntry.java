package org.clusterportal.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.clusterportal.platform.persistence.BaseEntity;

/**
 * One line of the audit log: who did what to which object, from where, and when (the creation time, in UTC).
 * Append-only: every column is insert-only and the entity refuses to be changed or removed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 255;
    public static final int TYPE_LENGTH = 40;
    public static final int OBJECT_ID_LENGTH = 64;
    public static final int DETAIL_LENGTH = 1000;
    public static final int ADDRESS_LENGTH = 64;

    /** The person's id, not a relation: the entry must outlive any change to the person. */
    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", length = NAME_LENGTH, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = TYPE_LENGTH, updatable = false)
    private AuditAction action;

    @Column(name = "object_type", length = TYPE_LENGTH, updatable = false)
    private String objectType;

    @Column(name = "object_id", length = OBJECT_ID_LENGTH, updatable = false)
    private String objectId;

    /** What the subject was called then ("Jastrzębie-Zdrój agreement"), so the entry reads without a look-up. */
    @Column(name = "object_title", length = NAME_LENGTH, updatable = false)
    private String objectTitle;

    @Column(length = DETAIL_LENGTH, updatable = false)
    private String detail;

    @Column(name = "remote_address", length = ADDRESS_LENGTH, updatable = false)
    private String remoteAddress;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Long actorId, String actorName, AuditAction action, String objectType, Object objectId,
            String objectTitle, String detail, String remoteAddress) {
        this.actorId = actorId;
        this.actorName = cut(actorName, NAME_LENGTH);
        this.action = action;
        this.objectType = cut(objectType, TYPE_LENGTH);
        this.objectId = objectId == null ? null : cut(objectId.toString(), OBJECT_ID_LENGTH);
        this.objectTitle = cut(objectTitle, NAME_LENGTH);
        this.detail = cut(detail, DETAIL_LENGTH);
        this.remoteAddress = cut(remoteAddress, ADDRESS_LENGTH);
    }

    /** A detail too long for its column is shortened rather than losing the whole entry. */
    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("The audit log is append-only");
    }

    /** When it happened (UTC). */
    public Instant getWhen() {
        return getCreated();
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getObjectTitle() {
        return objectTitle;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
