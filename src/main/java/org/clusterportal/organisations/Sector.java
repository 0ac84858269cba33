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

    public static final int CODE_LENGTH = 20;
    public static final int NAME_LENGTH = 150;

    protected Sector() {
        // for JPA
    }

    public Sector(String code, String namePl, String nameEn) {
        this.code = code;
        rename(namePl, nameEn);
    }

    public void rename(String newNamePl, String newNameEn) {
        namePl = newNamePl;
        nameEn = newNameEn;
    }

    public String getNamePl() {
        return namePl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getCode() {
        return code;
    }

    public String name(Language language) {
        return language == Language.PL ? namePl : nameEn;
    }
}
