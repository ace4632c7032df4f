module graftlab

go 1.26.0

require (
	github.com/chzyer/readline v1.5.1
	github.com/google/go-cmp v0.7.0
	github.com/google/pprof v0.0.0-20261105003125-4bf881d7fb0b
	github.com/twitchyliquid64/golang-asm v0.15.1
	golang.org/x/arch v0.33.0
)

require golang.org/x/sys v0.32.0 // indirect
