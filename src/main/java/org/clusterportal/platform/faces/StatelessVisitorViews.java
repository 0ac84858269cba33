package org.clusterportal.platform.faces;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.faces.FactoryFinder;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;

/**
 * Keeps a visitor's pages out of the HTTP session. A request that has no session gets the views listed in
 * web.xml ({@value #VIEWS}) as stateless (transient) views: Faces then keeps no view state for them, and
 * PrimeFaces sends its CSP nonce with the page instead of keeping it in the view map. Either would open a
 * session, for 60 minutes, at every crawler's request. A stateless view's postback rebuilds the view from the
 * page, so a listed page must keep nothing between requests: request-scoped beans, every filter sent again with
 * each ajax request. Once the request has a session (a login, a language chosen), the same pages are stateful as
 * they always were; a page that was sent stateless stays so for its own postbacks.
 * <p>
 * Decided where Faces creates every view (a page's first request and a stateless postback alike), rather than by
 * {@code <f:view transient>} in the page: PrimeFaces puts the nonce into the view map before the page's tags are
 * applied, and a view map opens the session.
 */
public class StatelessVisitorViews extends ViewDeclarationLanguageFactory {

    static final String VIEWS = "org.clusterportal.STATELESS_VISITOR_VIEWS";

    private final Map<ViewDeclarationLanguage, ViewDeclarationLanguage> languages = new ConcurrentHashMap<>();
    private volatile Set<String> viewIds;

    public StatelessVisitorViews(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        return languages.computeIfAbsent(getWrapped().getViewDeclarationLanguage(viewId), Language::new);
    }

    private boolean stateless(FacesContext context, UIViewRoot view) {
        if (!viewIds(context).contains(view.getViewId())) {
            return false;
        }
        if (context.isPostback()) {
            RenderKitFactory renderKits = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
            return renderKits.getRenderKit(context, view.getRenderKitId()).getResponseStateManager()
                    .isStateless(context, view.getViewId());
        }
        return context.getExternalContext().getSession(false) == null;
    }

    private Set<String> viewIds(FacesContext context) {
        if (viewIds == null) {
            String listed = context.getExternalContext().getInitParameter(VIEWS);
            viewIds = listed == null || listed.isBlank() ? Set.of() : Set.of(listed.trim().split("\\s+"));
        }
        return viewIds;
    }

    private final class Language extends ViewDeclarationLanguageWrapper {

        Language(ViewDeclarationLanguage wrapped) {
            super(wrapped);
        }

        @Override
        public UIViewRoot createView(FacesContext context, String viewId) {
            UIViewRoot view = super.createView(context, viewId);
            if (view != null && stateless(context, view)) {
                view.setTransient(true);
            }
            return view;
        }
    }
}
