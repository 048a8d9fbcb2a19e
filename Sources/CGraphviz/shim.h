#ifndef CHRONOGRAPH_CGRAPHVIZ_SHIM_H
#define CHRONOGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
