package org.clusterportal.platform.persistence;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.clusterportal.platform.BusinessException;

/**
 * The id, the optimistic-locking version and the creation and modification times of every entity.
 * Ids come from one sequence (IDENTITY columns fail on H2 2.x with EclipseLink), fetched 50 at a time.
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, updatable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant modified;

    @PrePersist
    void onPersist() {
        created = modified = Instant.now();
    }

    @PreUpdate
    void onUpdate() {
        modified = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getModified() {
        return modified;
    }

    /**
     * Refuses a change made on a form that showed an older version: two people editing at once, the second is
     * told and nothing of the first is lost.
     */
    public void checkVersion(long versionShown) {
        if (versionShown != version) {
            throw new BusinessException("form.changedMeanwhile");
        }
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other != null && getClass() == other.getClass() && id != null && id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
