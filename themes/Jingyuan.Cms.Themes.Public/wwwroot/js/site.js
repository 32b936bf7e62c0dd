// 泾源县移民致富提升行动 专栏: small behaviours, no dependencies, nothing loaded from elsewhere.
(function () {
    "use strict";
    // Wide tables scroll sideways on phones: make each scrolling wrapper reachable and named for
    // keyboard and screen-reader users (WCAG 2.1.1; axe rule scrollable-region-focusable).
    function labelScrollRegions() {
        document.querySelectorAll(".table-responsive, .jy-scroll-x").forEach(function (el) {
            if (!el.hasAttribute("tabindex")) {
                el.setAttribute("tabindex", "0");
            }
            if (!el.hasAttribute("role")) {
                el.setAttribute("role", "region");
            }
            if (!el.hasAttribute("aria-label") && !el.hasAttribute("aria-labelledby")) {
                var caption = el.querySelector("caption");
                el.setAttribute("aria-label", caption ? caption.textContent.trim() : (el.getAttribute("data-label") || "表格"));
            }
        });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", labelScrollRegions);
    } else {
        labelScrollRegions();
    }
})();
