package org.clusterportal.events.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.events.Certificate;
import org.clusterportal.events.CertificateService;

/**
 * certificates/verify.xhtml?number=…: the public page anyone opens from a certificate's QR code or address to see
 * whether it is genuine. A visitor's stateless page (web.xml), so request-scoped and holding nothing else.
 */
@Named
@RequestScoped
public class VerifyCertificateBacking {

    @Inject
    private CertificateService certificates;

    private String number;
    private Certificate certificate;

    public void load() {
        certificate = Optional.ofNullable(number).filter(typed -> !typed.isBlank()).flatMap(certificates::verify).orElse(null);
    }

    /** Whether a number was asked about: the page then says what it found. */
    public boolean isAsked() {
        return number != null && !number.isBlank();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Certificate getCertificate() {
        return certificate;
    }
}
