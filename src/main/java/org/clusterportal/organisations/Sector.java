package org.clusterportal.organisations;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.clusterportal.people.Language;
import org.clusterportal.platform.persistence.BaseEntity;

/** One entry of the sector taxonomy (NACE sections, Polish smart specialisations), named in both languages. */
@Entity
@Cacheable
@Table(name = "sector")
public class Sector extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name_pl", nullable = false, length = 150)
    private String namePl;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    protected Sector() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String name(Language language) {
        return language == Language.PL ? namePl : nameEn;
    }
}
