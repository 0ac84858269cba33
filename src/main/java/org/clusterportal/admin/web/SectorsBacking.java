package org.clusterportal.admin.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.organisations.DirectoryChoices;
import org.clusterportal.organisations.Sector;
import org.clusterportal.organisations.SectorChoice;
import org.clusterportal.organisations.Sectors;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;

/** admin/sectors.xhtml: the sector taxonomy, which admins extend and rename in both languages. */
@Named
@RequestScoped
public class SectorsBacking {

    private static final String SELF = "/admin/sectors?faces-redirect=true";

    @Inject
    private Sectors sectorService;

    @Inject
    private DirectoryChoices directoryChoices;

    @Inject
    private CurrentPerson currentPerson;

    private List<SectorChoice> sectors;
    private String code;
    private String namePl;
    private String nameEn;
    private Long renamedId;
    private String newNamePl;
    private String newNameEn;

    @PostConstruct
    void load() {
        sectors = directoryChoices.sectors();
    }

    public String add() {
        return act("addSectorForm", () -> sectorService.add(currentPerson.viewer(), code, namePl, nameEn));
    }

    public String rename() {
        return act("renameSectorForm", () -> sectorService.rename(currentPerson.viewer(), renamedId, newNamePl, newNameEn));
    }

    private String act(String formId, Supplier<Sector> action) {
        try {
            action.get();
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, formId);
            return null;
        }
        Feedback.info("form.saved");
        return SELF;
    }

    public List<SectorChoice> getSectors() {
        return sectors;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNamePl() {
        return namePl;
    }

    public void setNamePl(String namePl) {
        this.namePl = namePl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Long getRenamedId() {
        return renamedId;
    }

    public void setRenamedId(Long renamedId) {
        this.renamedId = renamedId;
    }

    public String getNewNamePl() {
        return newNamePl;
    }

    public void setNewNamePl(String newNamePl) {
        this.newNamePl = newNamePl;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }
}
