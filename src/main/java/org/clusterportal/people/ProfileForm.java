package org.clusterportal.people;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person says of themselves; the version is the one the form showed. */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = Person.JOB_TITLE_LENGTH)
    private String jobTitle;

    @Size(max = Person.PHONE_LENGTH)
    private String phone;

    private List<String> languages = new ArrayList<>();
    private List<String> expertise = new ArrayList<>();

    @NotNull
    private ContactVisibility contactVisibility = ContactVisibility.PARTNERS;

    /** The zone the person's times are shown in; null leaves it as it is. */
    @Size(max = Person.TIME_ZONE_LENGTH)
    private String timeZone;

    private long version;

    public static ProfileForm of(Person person) {
        ProfileForm form = new ProfileForm();
        form.jobTitle = person.getJobTitle();
        form.phone = person.getPhone();
        form.languages = new ArrayList<>(person.getLanguages());
        form.expertise = new ArrayList<>(person.getExpertise());
        form.contactVisibility = person.getContactVisibility();
        form.timeZone = person.getTimeZone();
        form.version = person.getVersion();
        return form;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        // A chips or checkbox field left empty submits null: the form's lists are never null.
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public List<String> getExpertise() {
        return expertise;
    }

    public void setExpertise(List<String> expertise) {
        // A chips or checkbox field left empty submits null: the form's lists are never null.
        this.expertise = expertise == null ? new ArrayList<>() : expertise;
    }

    public ContactVisibility getContactVisibility() {
        return contactVisibility;
    }

    public void setContactVisibility(ContactVisibility contactVisibility) {
        this.contactVisibility = contactVisibility;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
