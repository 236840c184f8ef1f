@echo off
rem SPDX-License-Identifier: EPL-2.0
rem jixiao-workbench.cmd - starts the Jixiao workbench of this folder with a Java 17 (or newer) runtime:
rem   jixiao-workbench.cmd [--workspace DIR] [--nl zh_CN or en] [FILE.perf]
rem The equinox launcher jar starts it with javaw (no console window, no native launcher).
setlocal
set "JIXIAO_HOME=%~dp0"
for /f "tokens=2 delims=:." %%c in ('chcp') do set "JIXIAO_CODEPAGE=%%c"
chcp 65001 >nul

set "JIXIAO_WS=%JIXIAO_WORKSPACE%"
if not defined JIXIAO_WS set "JIXIAO_WS=%USERPROFILE%\jixiao-workspace"
set "JIXIAO_LANGUAGE=%JIXIAO_NL%"
if not defined JIXIAO_LANGUAGE set "JIXIAO_LANGUAGE=zh_CN"
set "JIXIAO_FILES="

:args
if "%~1"=="" goto start
if /i "%~1"=="--workspace" goto workspace
if /i "%~1"=="--nl" goto language
if /i "%~1"=="-h" goto help
if /i "%~1"=="--help" goto help
set "JIXIAO_ARG=%~1"
if "%JIXIAO_ARG:~0,1%"=="-" goto unknown
if not exist "%~f1" goto missing
set JIXIAO_FILES=%JIXIAO_FILES% "%~f1"
shift
goto args

:workspace
if "%~2"=="" goto usage
set "JIXIAO_WS=%~2"
shift
shift
goto args

:language
if "%~2"=="" goto usage
set "JIXIAO_LANGUAGE=%~2"
shift
shift
goto args

:start
call :java || goto end
if not exist "%JIXIAO_WS%" mkdir "%JIXIAO_WS%"
set "JIXIAO_LAUNCHER="
for %%j in ("%JIXIAO_HOME%plugins\org.eclipse.equinox.launcher_*.jar") do set "JIXIAO_LAUNCHER=%%~fj"
cd /d "%JIXIAO_HOME%"
start "" "%JIXIAO_JAVAW%" -Dfile.encoding=UTF-8 %JIXIAO_JAVA_OPTS% -jar "%JIXIAO_LAUNCHER%" -data "%JIXIAO_WS%" -nl %JIXIAO_LANGUAGE% %JIXIAO_WORKBENCH_ARGS% %JIXIAO_FILES%
goto end

:help
echo 用法 / usage: jixiao-workbench.cmd [--workspace 目录] [--nl zh_CN 或 en] [文件.perf]
set "JIXIAO_STATUS=0"
goto restore

:unknown
echo jixiao workbench: 未知选项 %JIXIAO_ARG% / unknown option 1>&2
:usage
echo 用法 / usage: jixiao-workbench.cmd [--workspace 目录] [--nl zh_CN 或 en] [文件.perf] 1>&2
set "JIXIAO_STATUS=64"
goto fail

:missing
echo %JIXIAO_ARG%:1:1: error: 文件不存在。 (file not found) 1>&2
set "JIXIAO_STATUS=66"
goto fail

:end
set "JIXIAO_STATUS=%ERRORLEVEL%"
if "%JIXIAO_STATUS%"=="0" goto restore

:fail
rem started by a double click (cmd /c "…\jixiao-workbench.cmd"): keep the window open to read the message
echo "%CMDCMDLINE%" | findstr /i /c:"%~nx0" >nul && pause

:restore
if defined JIXIAO_CODEPAGE chcp %JIXIAO_CODEPAGE% >nul
exit /b %JIXIAO_STATUS%

rem Finds java and javaw (JAVA_HOME first, else PATH) and checks that it is Java 17 or newer. Paths are
rem expanded outside parenthesised blocks only: C:\Program Files (x86)\… would end a block.
:java
set "JIXIAO_JAVA=java"
set "JIXIAO_JAVAW=javaw"
if not defined JAVA_HOME goto javaversion
if not exist "%JAVA_HOME%\bin\java.exe" goto javaversion
set "JIXIAO_JAVA=%JAVA_HOME%\bin\java.exe"
set "JIXIAO_JAVAW=%JAVA_HOME%\bin\javaw.exe"
:javaversion
rem the version from java -version ("17.0.2", "1.8.0_301"), read from a file: a quoted java path
rem inside for /f would lose its quotes
set "JIXIAO_JAVA_VERSION="
set "JIXIAO_VERSION_FILE=%TEMP%\jixiao-java-%RANDOM%.txt"
"%JIXIAO_JAVA%" -version >nul 2>"%JIXIAO_VERSION_FILE%"
if not errorlevel 1 for /f "tokens=3" %%v in ('findstr /i /c:" version " "%JIXIAO_VERSION_FILE%"') do if not defined JIXIAO_JAVA_VERSION set "JIXIAO_JAVA_VERSION=%%~v"
del "%JIXIAO_VERSION_FILE%" >nul 2>&1
if not defined JIXIAO_JAVA_VERSION goto nojava
for /f "tokens=1 delims=." %%m in ("%JIXIAO_JAVA_VERSION%") do set "JIXIAO_JAVA_MAJOR=%%m"
if %JIXIAO_JAVA_MAJOR% LSS 17 goto oldjava
exit /b 0
:nojava
echo jixiao workbench: 找不到 Java。Jixiao 需要 Java 17 或更新版本的运行环境，请安装后重试，或用 JAVA_HOME 指明位置。 1>&2
echo   Java not found: Jixiao needs a Java 17 (or newer) runtime; install one or point JAVA_HOME at it 1>&2
exit /b 69
:oldjava
echo jixiao workbench: %JIXIAO_JAVA% 是 Java %JIXIAO_JAVA_VERSION%；Jixiao 需要 Java 17 或更新版本，请安装后重试，或用 JAVA_HOME 指明位置。 1>&2
echo   %JIXIAO_JAVA% is Java %JIXIAO_JAVA_VERSION%; Jixiao needs Java 17 or newer: install it or point JAVA_HOME at it 1>&2
exit /b 69
