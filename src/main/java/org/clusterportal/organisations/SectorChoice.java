package org.clusterportal.organisations;

import java.io.Serializable;

import org.clusterportal.people.Language;

/**
 * One sector as the menus offer it: its id, code and both names, never the entity, so that one immutable list
 * serves every request (see {@link DirectoryChoices}). A JavaBean, as EL does not read records.
 */
public final class SectorChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String code;
    private final String namePl;
    private final String nameEn;

    public SectorChoice(Long id, String code, String namePl, String nameEn) {
        this.id = id;
        this.code = code;
        this.namePl = namePl;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNamePl() {
        return namePl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Language language) {
        return language == Language.PL ? namePl : nameEn;
    }
}
