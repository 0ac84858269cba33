package org.clusterportal.people.web;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.people.ContactVisibility;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.organisations.MembershipService;
import org.clusterportal.people.Person;
import org.clusterportal.people.PersonService;
import org.clusterportal.people.ProfileForm;
import org.clusterportal.people.WorkingLanguages;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;

/**
 * people/profile.xhtml: the signed-in person's own profile (position, languages, expertise, who sees their
 * contact details) and their organisations, which they may leave. Name and e-mail belong to Keycloak.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SELF = "/people/profile?faces-redirect=true";

    @Inject
    private PersonService personService;

    @Inject
    private MembershipService membershipService;

    @Inject
    private CurrentPerson currentPerson;

    private ProfileForm form;

    @PostConstruct
    void load() {
        form = ProfileForm.of(personService.find(currentPerson.viewer(), currentPerson.viewer().personId()).orElseThrow());
    }

    public String save() {
        try {
            personService.editProfile(currentPerson.viewer(), form);
            Person.zoneNamed(form.getTimeZone()).ifPresent(currentPerson::zoneChosen);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "profileForm");
            return null;
        }
        Feedback.info("form.saved");
        return SELF;
    }

    public String leave(Long membershipId) {
        try {
            membershipService.remove(currentPerson.viewer(), membershipId);
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "membershipsForm");
            return null;
        }
        Feedback.info("membership.left");
        return SELF;
    }

    public List<String> getLanguageCodes() {
        return WorkingLanguages.CODES;
    }

    public String languageName(String code) {
        return WorkingLanguages.name(code, currentPerson.getLocale());
    }

    /** The named zones ("Europe/Warsaw", "America/New_York") whose name contains what was typed. */
    public List<String> zones(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
                .filter(zone -> zone.toLowerCase(Locale.ROOT).contains(wanted))
                .sorted().limit(20).toList();
    }

    public ContactVisibility[] getVisibilities() {
        return ContactVisibility.values();
    }

    public ProfileForm getForm() {
        return form;
    }
}
