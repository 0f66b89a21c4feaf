#pragma once

namespace qtill::app {

class Application;

/// The one place that names Qtill's modules: registers every domain module, every UI module (their
/// screens) and the demo-store filler with `app`. main() and the widget tests call it, so tests run
/// the real wiring. Add a module here, nowhere else in the shell.
void registerModules(Application &app);

} // namespace qtill::app
