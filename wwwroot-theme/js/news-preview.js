// Live preview of a news article's Markdown body (admin editor). Progressive enhancement: without
// this file the "预览" button submits the form and the server renders the preview.
(function () {
    "use strict";
    var form = document.querySelector("form[data-preview-url]");
    if (!form) {
        return;
    }

    var source = form.querySelector("[data-preview-source]");
    var target = form.querySelector("[data-preview-target]");
    var button = form.querySelector("[data-preview-button]");
    var token = form.querySelector("input[name='__RequestVerificationToken']");
    if (!source || !target || !token) {
        return;
    }

    var timer = null;
    var last = null;

    function render() {
        if (source.value === last) {
            return;
        }

        last = source.value;
        var data = new FormData();
        data.append("__RequestVerificationToken", token.value);
        data.append("Input.Body", source.value);
        fetch(form.getAttribute("data-preview-url"), { method: "POST", body: data, credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
            // The server renders with the portal's one Markdown renderer, which escapes raw HTML.
            .then(function (html) { target.innerHTML = html; })
            .catch(function () { last = null; });
    }

    source.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(render, 500);
    });

    if (button) {
        button.addEventListener("click", function (event) {
            event.preventDefault();
            last = null;
            render();
        });
    }
})();
