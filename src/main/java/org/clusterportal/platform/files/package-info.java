/**
 * Files people upload (logos, agreement documents, attachments): kept outside the web root under random keys,
 * their type decided by their content, and served only through download servlets that check access.
 */
package org.clusterportal.platform.files;
