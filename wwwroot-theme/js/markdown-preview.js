// Live Markdown preview for [data-markdown-editor] blocks (progressive enhancement: without this file
// the "预览" button posts the form and the page comes back with the preview). While typing, and on the
// button, posts only the Markdown field and the form's antiforgery token to the page's Preview handler;
// the answer is HTML made by the portal's safe Markdown renderer and replaces the preview pane.
(function () {
    "use strict";
    var header = "X-Markdown-Preview";

    function setUp(editor) {
        var form = editor.closest("form");
        var source = editor.querySelector(".markdown-source");
        var pane = editor.querySelector("[data-preview-pane]");
        var button = editor.querySelector("[data-preview-button]");
        var token = form && form.querySelector("input[name='__RequestVerificationToken']");
        var url = editor.getAttribute("data-preview-url");
        if (!form || !source || !pane || !token || !url) {
            return;
        }

        var timer = null;
        var latest = 0;

        function refresh() {
            var body = new FormData();
            body.append("__RequestVerificationToken", token.value);
            body.append(editor.getAttribute("data-field"), source.value);
            var request = ++latest;
            var headers = {};
            headers[header] = "1";
            fetch(url, { method: "POST", body: body, headers: headers, credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
                .then(function (html) {
                    if (request === latest) {
                        pane.innerHTML = html;
                    }
                })
                .catch(function () { /* the button still works the classic way */ });
        }

        source.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(refresh, 400);
        });
        if (button) {
            button.addEventListener("click", function (event) {
                event.preventDefault();
                refresh();
            });
        }
    }

    document.querySelectorAll("[data-markdown-editor]").forEach(setUp);
})();
