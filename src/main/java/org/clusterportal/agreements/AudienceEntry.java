package org.clusterportal.agreements;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One row of an audience: the subject may be seen by the {@link Grantee}. Mapped so that queries can ask for
 * it in JPQL; only {@link Audience} writes it. The primary key (type, id, grantee) is what the lists probe for
 * each candidate row.
 */
@Entity
@Table(name = "audience")
@IdClass(AudienceEntry.Key.class)
class AudienceEntry {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", length = 20)
    private AudienceType subjectType;

    @Id
    @Column(name = "subject_id")
    private Long subjectId;

    @Id
    @Column(length = 40)
    private String grantee;

    protected AudienceEntry() {
        // for JPA
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private AudienceType subjectType;
        private Long subjectId;
        private String grantee;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && subjectType == key.subjectType && Objects.equals(subjectId, key.subjectId)
                    && Objects.equals(grantee, key.grantee);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subjectType, subjectId, grantee);
        }
    }
}
